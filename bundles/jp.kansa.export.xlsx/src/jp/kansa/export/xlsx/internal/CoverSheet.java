/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kansa.model.AuditRole;
import jp.kansa.model.Engagement;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;

/**
 * 表紙: what the workpaper is about (engagement, institution, 基準日, period, catalog), who
 * worked on it (the team with roles) and how far the sign-off went (check points prepared and
 * reviewed out of all). Label in column A, value in column B.
 */
public final class CoverSheet {

	private final EngagementFacts facts;
	private final Styles styles;
	private final WorkpaperText text;
	private XSSFSheet sheet;
	private int next;

	public CoverSheet(EngagementFacts facts, Styles styles) {
		this.facts = facts;
		this.styles = styles;
		this.text = facts.text();
	}

	public XSSFSheet write(XSSFWorkbook workbook, PageLayout layout, LocalDate today) {
		Engagement engagement = facts.engagement();
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text.get("sheet.cover")));
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 70 * 256);
		Cell title = sheet.createRow(0).createCell(0);
		title.setCellValue(text.get("cover.title"));
		title.setCellStyle(styles.title());
		sheet.getRow(0).setHeightInPoints(28);
		next = 2;
		line("cover.engagement", engagement.getName());
		line("cover.institution", engagement.getInstitution() == null ? null : engagement.getInstitution().getName());
		line("cover.referenceDate", str(engagement.getReferenceDate()));
		line("cover.period", str(engagement.getPeriodStart()) + " 〜 " + str(engagement.getPeriodEnd()));
		line("cover.catalog", facts.catalog().getTitle());
		line("cover.contracts", text.get("cover.contractCount", Integer.valueOf(engagement.getContracts().size()),
				Long.valueOf(engagement.getContracts().stream().filter(c -> c.isInScope()).count())));
		for (TeamMember member : engagement.getTeam()) {
			line("cover.team", member.getName() + " (" + facts.label(member.getRole()) + ")");
		}
		int total = facts.checkPoints().size();
		line("cover.prepared", text.get("cover.signedCount", Integer.valueOf(signed(AuditRole.PREPARER)),
				Integer.valueOf(total)));
		line("cover.reviewed", text.get("cover.signedCount", Integer.valueOf(signed(AuditRole.REVIEWER)),
				Integer.valueOf(total)));
		line("cover.gaps", Integer.toString(facts.gapCount()));
		line("cover.findings", Integer.toString(engagement.getFindings().size()));
		if (VendorRoundSheets.hasRound(engagement)) {
			VendorRoundSheets round = new VendorRoundSheets(facts);
			for (String vendor : round.coverLines(VendorRoundSheets.today())) {
				line("cover.vendorRound", vendor);
			}
			line("cover.disagreements", Integer.toString(round.disagreementCount()));
		}
		line("cover.exported", today.toString());
		layout.apply(sheet, text.get("sheet.cover"));
		sheet.setRepeatingRows(null);
		sheet.getPrintSetup().setLandscape(false);
		return sheet;
	}

	private int signed(AuditRole role) {
		Set<String> checkPoints = new HashSet<>();
		for (SignOff signOff : facts.engagement().getSignOffs()) {
			if (signOff.getRole() == role) {
				checkPoints.add(signOff.getCheckPointId());
			}
		}
		return checkPoints.size();
	}

	private void line(String labelKey, String value) {
		Row row = sheet.createRow(next++);
		Cell label = row.createCell(0);
		label.setCellValue(text.get(labelKey));
		label.setCellStyle(styles.label());
		Cell cell = row.createCell(1);
		String storable = value == null ? "" : CellText.storable(value);
		cell.setCellValue(storable);
		cell.setCellStyle(styles.body(Column.Kind.WRAPPED, CellText.looksLikeFormula(storable)));
		row.setHeightInPoints(RowHeights.points(RowHeights.lines(storable, 70)));
	}

	private static String str(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
