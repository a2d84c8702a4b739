/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/**
 * Finds the workbook part and the parts of its sheets before POI's reader does: POI fails on a
 * missing one with a NullPointerException or a "Failed to find sheet package for sheetId=rId4",
 * neither of which tells a user which sheet is gone.
 */
final class WorkbookParts {

	/** A sheet as workbook.xml lists it. */
	record SheetRef(String name, String relationId) {
	}

	/** Office's main document part name for a workbook, for the message when it is missing. */
	private static final String WORKBOOK_PART = "/xl/workbook.xml";

	private WorkbookParts() {
	}

	/** The package's main part, which must be a spreadsheet workbook. */
	static PackagePart workbook(Path file, OPCPackage pkg) throws WorkpaperRefusedException {
		PackageRelationshipCollection relations = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (relations.size() == 0) {
			relations = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		if (relations.size() == 0) {
			throw Refusals.of(file, NLS.bind(Messages.refusedNoWorkbook, WORKBOOK_PART), null);
		}
		PackageRelationship relation = relations.getRelationship(0);
		PackagePart part = pkg.getPart(relation);
		if (part == null) {
			throw Refusals.of(file, NLS.bind(Messages.refusedNoWorkbook, relation.getTargetURI()), null);
		}
		String contentType = part.getContentType();
		if (contentType == null || !contentType.contains("spreadsheetml")) {
			throw Refusals.of(file,
					NLS.bind(Messages.refusedOtherOfficeDocument, part.getPartName().getName() + " (" + contentType + ")"),
					null);
		}
		return part;
	}

	/** Every sheet of the workbook has its part in the package. */
	static void checkSheets(Path file, OPCPackage pkg, PackagePart workbook, List<SheetRef> sheets)
			throws WorkpaperRefusedException {
		for (SheetRef sheet : sheets) {
			PackageRelationship relation = sheet.relationId() == null ? null
					: workbook.getRelationship(sheet.relationId());
			String target = relation == null ? "r:id=" + sheet.relationId() : String.valueOf(relation.getTargetURI());
			if (relation == null || relation.getTargetMode() == TargetMode.EXTERNAL || !exists(pkg, workbook, relation)) {
				throw Refusals.of(file, NLS.bind(Messages.refusedMissingSheetPart, sheet.name(), target), null);
			}
		}
	}

	private static boolean exists(OPCPackage pkg, PackagePart workbook, PackageRelationship relation) {
		try {
			URI uri = PackagingURIHelper.resolvePartUri(workbook.getPartName().getURI(), relation.getTargetURI());
			return pkg.getPart(PackagingURIHelper.createPartName(uri)) != null;
		} catch (InvalidFormatException | IllegalArgumentException e) {
			return false;
		}
	}
}
