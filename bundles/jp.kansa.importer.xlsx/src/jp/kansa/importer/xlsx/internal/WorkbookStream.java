/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;


import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/**
 * An xlsx opened for streaming: the package is read from the file (not into memory), every part
 * goes through POI's zip-bomb guard, and sheets are parsed with SAX one row at a time. Memory
 * is bounded by the shared strings (each at most {@code maxCellChars}) and the styles, not by
 * the number of rows.
 */
final class WorkbookStream implements AutoCloseable {

	private final Path file;
	private final ImportLimits limits;
	private final OPCPackage pkg;
	private final XSSFReader reader;
	private final BoundedSharedStrings strings;
	private final DateStyles dateStyles;
	private final boolean date1904;
	private final List<String> sheetNames;

	private WorkbookStream(Path file, ImportLimits limits, OPCPackage pkg) throws WorkpaperRefusedException {
		this.file = file;
		this.limits = limits;
		this.pkg = pkg;
		try {
			PackagePart workbook = WorkbookParts.workbook(file, pkg);
			WorkbookProperties properties;
			try (InputStream in = workbook.getInputStream()) {
				properties = WorkbookProperties.read(in);
			} catch (SAXParseException e) {
				throw Refusals.of(file, xmlReason(Messages.refusedPartXml, workbook.getPartName().getName(), e), e);
			}
			date1904 = properties.date1904;
			WorkbookParts.checkSheets(file, pkg, workbook, properties.sheets);
			reader = new XSSFReader(pkg);
			try (InputStream in = sharedStringsData(reader)) {
				strings = in == null ? BoundedSharedStrings.empty() : BoundedSharedStrings.read(in, limits.maxCellChars());
			} catch (SAXParseException e) {
				throw Refusals.of(file, xmlReason(Messages.refusedPartXml, "sharedStrings.xml", e), e);
			}
			StylesTable styles = reader.getStylesTable();
			dateStyles = new DateStyles(styles);
			sheetNames = new ArrayList<>();
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				sheets.next().close();
				sheetNames.add(sheets.getSheetName());
			}
		} catch (WorkpaperRefusedException e) {
			close();
			throw e;
		} catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
			close();
			throw failure(e);
		}
	}

	/** A malformed part's refusal: the part (or sheet), line, column and the parser's words. */
	static String xmlReason(String template, String part, SAXParseException e) {
		return NLS.bind(template, new Object[] { part, Integer.valueOf(e.getLineNumber()),
				Integer.valueOf(e.getColumnNumber()), e.getMessage() });
	}

	static WorkbookStream open(Path file, ImportLimits limits) throws WorkpaperRefusedException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (OpenXML4JException | RuntimeException e) {
			throw new WorkbookStream.Failures(file).of(e);
		}
		return new WorkbookStream(file, limits, pkg);
	}

	List<String> sheetNames() {
		return sheetNames;
	}

	/**
	 * Parses the sheets a listener is given for, in workbook order.
	 *
	 * @param listenerFor the listener of a sheet by name, or {@code null} to skip the sheet unread
	 */
	void read(Function<String, SheetXmlHandler.RowListener> listenerFor) throws WorkpaperRefusedException {
		try {
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String name = sheets.getSheetName();
					SheetXmlHandler.RowListener listener = listenerFor.apply(name);
					if (listener != null) {
						try {
							XmlParsing.parse(in,
									new SheetXmlHandler(strings, dateStyles, date1904, limits.maxCellChars(), listener));
						} catch (SAXParseException e) {
							throw Refusals.of(file, xmlReason(Messages.refusedSheetXml, name, e), e);
						}
					}
				}
			}
		} catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
			throw failure(e);
		}
	}

	private WorkpaperRefusedException failure(Exception e) {
		return new Failures(file).of(e);
	}

	private static InputStream sharedStringsData(XSSFReader reader) throws IOException {
		try {
			return reader.getSharedStringsData();
		} catch (OpenXML4JException | RuntimeException e) {
			return null; // a workbook without text has no shared-strings part
		}
	}

	@Override
	public void close() {
		// READ access: revert, never save
		pkg.revert();
	}

	/** Sorts POI's exceptions into the user's reasons. */
	private record Failures(Path file) {
		WorkpaperRefusedException of(Throwable e) {
			if (Refusals.isZipBomb(e)) {
				return Refusals.of(file, NLS.bind(Messages.refusedZipBomb, Refusals.reason(e)), e);
			}
			String name = e.getClass().getSimpleName();
			if (name.contains("NotOfficeXml") || name.contains("InvalidFormat") || name.contains("Zip")
					|| e instanceof IOException || e instanceof SAXException) {
				return Refusals.of(file, NLS.bind(Messages.refusedDamaged, Refusals.reason(e)), e);
			}
			if (name.contains("POIXML") || e instanceof OpenXML4JException || e instanceof IllegalArgumentException) {
				// a package that is no spreadsheet at all was told apart before (WorkbookParts)
				return Refusals.of(file, NLS.bind(Messages.refusedDamaged, Refusals.reason(e)), e);
			}
			return Refusals.of(file, NLS.bind(Messages.refusedUnreadable, Refusals.reason(e)), e);
		}
	}

	/**
	 * What the import needs of workbook.xml: whether day counts start in 1904, and the sheets
	 * with the relationship ids of their parts (to tell a missing part by the sheet's name).
	 */
	private static final class WorkbookProperties extends DefaultHandler {
		private boolean date1904;
		private final List<WorkbookParts.SheetRef> sheets = new ArrayList<>();

		static WorkbookProperties read(InputStream in) throws IOException, SAXException {
			WorkbookProperties handler = new WorkbookProperties();
			XmlParsing.parse(in, handler);
			return handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("workbookPr".equals(localName)) {
				String value = attributes.getValue("date1904");
				date1904 = "1".equals(value) || "true".equals(value);
			} else if ("sheet".equals(localName)) {
				String relationId = null;
				for (int i = 0; i < attributes.getLength(); i++) {
					if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).contains("relationships")) {
						relationId = attributes.getValue(i);
					}
				}
				sheets.add(new WorkbookParts.SheetRef(attributes.getValue("name"), relationId));
			}
		}
	}
}
