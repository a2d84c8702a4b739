/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Engagement;
import jp.kansa.model.Item;
import jp.kansa.model.Part;

/**
 * Writes the workpaper of an engagement: 表紙, サマリー, one sheet per Part, 役割分担マトリクス,
 * ガイドライン相互参照, 指摘事項, 証跡一覧, 当事者, 契約・条項, 用語 and, when asked, 比較. Cover and summary are POI sheets; the data
 * sheets get their header, styles, validations and print setup from POI and their rows from
 * {@link SheetXml}, streamed by {@link TemplateWorkbook}.
 */
public final class EngagementWorkpaperWriter {

	private final Engagement engagement;
	private final Catalog catalog;
	private final Path engagementFolder;
	private final ExportOptions options;
	private final WorkpaperText text;

	public EngagementWorkpaperWriter(Engagement engagement, Catalog catalog, Path engagementFolder,
			ExportOptions options) {
		this.engagement = engagement;
		this.catalog = catalog;
		this.engagementFolder = engagementFolder;
		this.options = options;
		this.text = new WorkpaperText(options.locale());
	}

	/** The data sheets with their captions, in workbook order; also what the benchmark's peers write. */
	public record DataSheet(Table<?> table, String caption) {
	}

	public List<DataSheet> dataSheets(EngagementFacts facts) {
		List<CheckPointColumns> contributors = List.of(new CatalogColumns(), new EngagementColumns(facts));
		EngagementTables tables = new EngagementTables(facts);
		List<DataSheet> sheets = new ArrayList<>();
		for (Part part : catalog.getParts()) {
			sheets.add(new DataSheet(partTable(part, contributors), part.getNumber() + " " + part.getTitle()));
		}
		sheets.add(new DataSheet(tables.matrix(), text.get("sheet.matrix")));
		sheets.add(new DataSheet(tables.crossReferences(), text.get("sheet.crossReference")));
		sheets.add(new DataSheet(tables.findings(), text.get("sheet.findings")));
		sheets.add(new DataSheet(tables.evidence(), text.get("sheet.evidence")));
		sheets.add(new DataSheet(new SignOffSheet(facts).table(), text.get("sheet.signOffs")));
		ContractRegister register = new ContractRegister(facts);
		sheets.add(new DataSheet(register.parties(), text.get("sheet.parties")));
		sheets.add(new DataSheet(register.contracts(), text.get("sheet.contracts")));
		if (VendorRoundSheets.hasRound(engagement)) {
			sheets.add(new DataSheet(new VendorRoundSheets(facts).answers(), text.get("sheet.vendorAnswers")));
		}
		sheets.add(new DataSheet(Glossary.table(catalog, text), text.get("sheet.glossary")));
		if (ChangeLogSheet.applies(engagement)) {
			sheets.add(new DataSheet(new ChangeLogSheet(engagement, options.locale(), text).table(),
					text.get("sheet.changeLog"))); //$NON-NLS-1$
		}
		if (options.comparedWith() != null) {
			sheets.add(new DataSheet(
					new ComparisonSheet(options.comparedWith(), engagement, options.locale(), text).table(),
					text.get("sheet.comparison")));
		}
		return sheets;
	}

	public EngagementFacts facts() {
		return new EngagementFacts(engagement, catalog, text);
	}

	public void write(OutputStream out, ExportMonitor monitor) throws IOException {
		EngagementFacts facts = facts();
		String title = options.title() != null ? options.title() : engagement.getName();
		PageLayout layout = new PageLayout(title == null ? catalog.getTitle() : title, options.fontName(), text);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook, options.fontName());
			new CoverSheet(facts, styles).write(workbook, layout, LocalDate.now());
			new SummarySheet(facts, styles).write(workbook, layout);
			TemplateWorkbook template = new TemplateWorkbook();
			TableSheets sheets = new TableSheets(workbook, styles, layout, template, monitor);
			List<DataSheet> dataSheets = dataSheets(facts);
			int rows = 0;
			for (DataSheet sheet : dataSheets) {
				rows += TableSheets.count(sheet.table());
			}
			monitor.begin(rows);
			for (DataSheet sheet : dataSheets) {
				sheets.add(sheet.table(), sheet.caption());
			}
			template.write(workbook, out);
		}
	}

	private Table<CheckPoint> partTable(Part part, List<CheckPointColumns> contributors) {
		List<Column<CheckPoint>> columns = new ArrayList<>();
		for (CheckPointColumns contributor : contributors) {
			columns.addAll(contributor.columns(part, text));
		}
		List<CheckPoint> rows = new ArrayList<>();
		part.getCategories().forEach(category -> category.getItems().stream().map(Item::getCheckPoints)
				.forEach(rows::addAll));
		return new Table<>(text.get("sheet.part", Integer.valueOf(part.getNumber())), columns, rows);
	}
}
