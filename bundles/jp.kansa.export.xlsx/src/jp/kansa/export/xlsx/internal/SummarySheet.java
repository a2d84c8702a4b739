/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Part;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.model.engagement.GuidelineCoverage;
import jp.kansa.model.engagement.VendorRound;

/**
 * サマリー: assessment counts (one per in-scope contract × check point) by Part, by category with
 * a stacked bar chart, and by contract; and the coverage of the guideline per 編 and section as
 * {@link GuidelineCoverage} defines it (the ガイドラインカバレッジ view counts the same), with a colour
 * scale on the share that is 適合. Built with POI's full model: the chart needs the XSSF drawing, and the sheet is
 * small (one row per contract at most).
 */
public final class SummarySheet {

	private static final List<AssessmentStatus> STATUSES = AssessmentStatus.VALUES;

	private final EngagementFacts facts;
	private final Styles styles;
	private final WorkpaperText text;
	private XSSFSheet sheet;
	private int next;

	public SummarySheet(EngagementFacts facts, Styles styles) {
		this.facts = facts;
		this.styles = styles;
		this.text = facts.text();
	}

	public XSSFSheet write(XSSFWorkbook workbook, PageLayout layout) {
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text.get("sheet.summary")));
		sheet.setColumnWidth(0, 50 * 256);
		for (int c = 1; c <= STATUSES.size() + 2; c++) {
			sheet.setColumnWidth(c, 10 * 256);
		}
		Cell title = sheet.createRow(0).createCell(0);
		title.setCellValue(text.get("sheet.summary"));
		title.setCellStyle(styles.title());
		next = 2;

		Map<String, List<CheckPoint>> byPart = new LinkedHashMap<>();
		Map<String, List<CheckPoint>> byCategory = new LinkedHashMap<>();
		for (Part part : facts.catalog().getParts()) {
			List<CheckPoint> partPoints = new ArrayList<>();
			for (Category category : part.getCategories()) {
				List<CheckPoint> points = new ArrayList<>();
				category.getItems().forEach(item -> points.addAll(item.getCheckPoints()));
				byCategory.put(part.getNumber() + "-" + category.getCode() + " " + category.getTitle(), points);
				partPoints.addAll(points);
			}
			byPart.put(text.get("sheet.part", Integer.valueOf(part.getNumber())) + " " + part.getTitle(), partPoints);
		}
		statusTable("summary.byPart", byPart);
		int categoryFirst = next + 2; // after the table's caption and header rows
		statusTable("summary.byCategory", byCategory);
		chart(categoryFirst, next - 2);
		coverageTable();
		contractTable();
		vendorTable();
		layout.apply(sheet, text.get("sheet.summary"));
		sheet.setRepeatingRows(null);
		return sheet;
	}

	private void header(String captionKey, List<String> headers) {
		Row caption = sheet.createRow(next++);
		caption.createCell(0).setCellValue(text.get(captionKey));
		caption.getCell(0).setCellStyle(styles.label());
		Row row = sheet.createRow(next++);
		row.setHeightInPoints(RowHeights.points(2));
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(styles.header());
		}
	}

	private List<String> statusHeaders() {
		List<String> headers = new ArrayList<>();
		headers.add(text.get("summary.group"));
		STATUSES.forEach(s -> headers.add(facts.label(s)));
		headers.add(text.get("summary.total"));
		return headers;
	}

	private void statusTable(String captionKey, Map<String, List<CheckPoint>> groups) {
		header(captionKey, statusHeaders());
		for (Map.Entry<String, List<CheckPoint>> group : groups.entrySet()) {
			int[] counts = new int[STATUSES.size()];
			for (Contract contract : facts.engagement().getContracts()) {
				if (contract.isInScope()) {
					group.getValue().forEach(cp -> counts[facts.assessment(contract, cp.getId()).getValue()]++);
				}
			}
			countRow(group.getKey(), counts);
		}
		next++;
	}

	private void contractTable() {
		header("summary.byContract", statusHeaders());
		for (Contract contract : facts.engagement().getContracts()) {
			int[] counts = new int[STATUSES.size()];
			facts.checkPoints().forEach(cp -> counts[facts.assessment(contract, cp.getId()).getValue()]++);
			String name = contract.getId() + " " + (contract.getTitle() == null ? "" : contract.getTitle())
					+ (contract.isInScope() ? "" : " " + text.get("summary.outOfScope"));
			countRow(name, counts);
		}
		next++;
	}

	/** Where each vendor's request stands, with its answers and 認識の相違 (only when there is a round). */
	private void vendorTable() {
		if (!VendorRoundSheets.hasRound(facts.engagement())) {
			return;
		}
		VendorRoundSheets round = new VendorRoundSheets(facts);
		header("summary.vendorRound", List.of(text.get("vendor.col.vendor"), text.get("vendor.col.status"),
				text.get("vendor.col.dueDate"), text.get("vendor.col.answers"), text.get("vendor.col.disagreements")));
		for (VendorRound.VendorStatus status : round.statuses(VendorRoundSheets.today())) {
			Row row = sheet.createRow(next++);
			text(row, 0, VendorRoundSheets.name(status.party()));
			text(row, 1, round.statusLabel(status));
			text(row, 2, status.dueDate() == null ? "" : status.dueDate().toString());
			int[] counts = round.counts(status.party());
			number(row, 3, counts[0]);
			number(row, 4, counts[1]);
		}
		next++;
	}

	private void countRow(String name, int[] counts) {
		Row row = sheet.createRow(next++);
		text(row, 0, name);
		int total = 0;
		for (int i = 0; i < counts.length; i++) {
			number(row, i + 1, counts[i]);
			total += counts[i];
		}
		number(row, counts.length + 1, total);
	}

	/**
	 * Per 編 and section cited by the 確認表 (itself or inside it): the counts of
	 * {@link GuidelineCoverage}, the one definition the ガイドラインカバレッジ view counts with, under
	 * a line that says what is counted, and a colour scale on the share that is 適合.
	 */
	private void coverageTable() {
		Locale language = languageOf(text);
		Row caption = sheet.createRow(next++);
		caption.createCell(0).setCellValue(text.get("summary.coverage"));
		caption.getCell(0).setCellStyle(styles.label());
		Row definition = sheet.createRow(next++);
		definition.setHeightInPoints(RowHeights.points(2));
		Cell line = definition.createCell(0);
		line.setCellValue(GuidelineCoverage.definition(language));
		line.setCellStyle(styles.body(Column.Kind.WRAPPED, false));
		sheet.addMergedRegion(new CellRangeAddress(definition.getRowNum(), definition.getRowNum(), 0, 5));
		List<String> headers = new ArrayList<>(List.of(text.get("summary.target")));
		for (String count : List.of("checkPoints", "checks", "conforming", "notConforming", "rate")) {
			headers.add(GuidelineCoverage.heading(count, language));
		}
		Row header = sheet.createRow(next++);
		header.setHeightInPoints(RowHeights.points(2));
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(styles.header());
		}
		GuidelineCoverage coverage = GuidelineCoverage.of(facts.engagement());
		int first = next;
		for (GuidelineDocument document : facts.catalog().getDocuments()) {
			for (Volume volume : document.getVolumes()) {
				String documentName = document.getShortTitle() == null ? document.getTitle() : document.getShortTitle();
				coverageRows(coverage, volume, documentName + " " + volume.getName());
			}
		}
		if (next > first) {
			colourScale(new CellRangeAddress(first, next - 1, 5, 5));
		}
		next++;
	}

	/** The row of a 編 or section and, below it, the rows of its sections; none where nothing cites it. */
	private void coverageRows(GuidelineCoverage coverage, ReferenceTarget target, String name) {
		GuidelineCoverage.Tally tally = coverage.tally(target);
		if (tally.checkPoints() == 0) {
			return;
		}
		Row row = sheet.createRow(next++);
		text(row, 0, name);
		number(row, 1, tally.checkPoints());
		number(row, 2, tally.checks());
		number(row, 3, tally.conforming());
		number(row, 4, tally.notConforming());
		Cell rate = row.createCell(5);
		if (tally.checks() > 0) {
			rate.setCellValue(tally.rate());
		}
		rate.setCellStyle(styles.percent());
		for (ReferenceTarget child : GuidelineCoverage.children(target)) {
			if (child instanceof Section section) {
				// a section number alone is ambiguous: 7 exists in 企画管理編 and in システム運用編
				coverageRows(coverage, section,
						volumeOf(section) + " " + section.getNumber() + " " + CrossReferences.title(section, text));
			}
		}
	}

	/**
	 * The language of this workpaper's words. WorkpaperText does not say which bundle it found;
	 * its sheet names do, and only Japanese and English (the base) exist.
	 */
	private static Locale languageOf(WorkpaperText text) {
		String japanese = new WorkpaperText(Locale.JAPANESE).get("sheet.summary");
		return japanese.equals(text.get("sheet.summary")) ? Locale.JAPANESE : Locale.ENGLISH;
	}

	private static String volumeOf(Section section) {
		for (EObject container = section.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Volume volume) {
				return volume.getName();
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** Red for no coverage through yellow to green for all 適合. */
	private void colourScale(CellRangeAddress range) {
		XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
		ColorScaleFormatting scale = rule.getColorScaleFormatting();
		scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
		scale.getThresholds()[0].setValue(Double.valueOf(0));
		scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
		scale.getThresholds()[1].setValue(Double.valueOf(0.5));
		scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
		scale.getThresholds()[2].setValue(Double.valueOf(1));
		String[] colours = { "FFF8696B", "FFFFEB84", "FF63BE7B" };
		for (int i = 0; i < colours.length; i++) {
			((XSSFColor) scale.getColors()[i]).setARGBHex(colours[i]);
		}
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}

	/** Stacked bars per category, one series per assessment status, beside the tables. */
	private void chart(int firstRow, int lastRow) {
		if (lastRow < firstRow) {
			return;
		}
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		int left = STATUSES.size() + 3;
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 2, left + 10, 2 + Math.max(22, lastRow - 1));
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(text.get("summary.chartTitle"));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, 0, 0));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(BarGrouping.STACKED);
		// No setOverlap(100): its schema type is not in poi-ooxml-lite, which is what the product ships.
		for (int s = 0; s < STATUSES.size(); s++) {
			XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(firstRow, lastRow, s + 1, s + 1));
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, counts);
			series.setTitle(facts.label(STATUSES.get(s)), new CellReference(sheet.getSheetName(), firstRow - 1, s + 1,
					true, true));
			// LibreOffice draws no bar for a series without an explicit fill
			series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(statusColour(STATUSES.get(s)))));
		}
		chart.plot(data);
	}

	/** The colours an auditor reads without a legend: grey open, green 適合, … red 不適合. */
	private static byte[] statusColour(AssessmentStatus status) {
		return switch (status) {
		case NOT_ASSESSED -> new byte[] { (byte) 0xBF, (byte) 0xBF, (byte) 0xBF };
		case CONFORMING -> new byte[] { (byte) 0x63, (byte) 0xBE, (byte) 0x7B };
		case PARTIALLY_CONFORMING -> new byte[] { (byte) 0xFF, (byte) 0xD9, (byte) 0x66 };
		case NON_CONFORMING -> new byte[] { (byte) 0xF8, (byte) 0x69, (byte) 0x6B };
		case NOT_APPLICABLE -> new byte[] { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 };
		};
	}

	private void text(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		String storable = CellText.storable(value);
		cell.setCellValue(storable);
		cell.setCellStyle(styles.body(Column.Kind.TEXT, CellText.looksLikeFormula(storable)));
	}

	private void number(Row row, int column, int value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.body(Column.Kind.NUMBER, false));
	}
}
