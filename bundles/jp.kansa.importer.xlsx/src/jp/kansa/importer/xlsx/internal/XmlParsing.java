/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of a workbook's parts with POI's hardened reader (no external entities), but with
 * an error handler of our own: POI's logs every malformed part as {@code FATAL XMLHelper} on
 * stderr, and the JDK's default prints {@code [Fatal Error]}. Here a malformed part is only an
 * exception, which becomes a refusal naming the part and the line.
 */
final class XmlParsing {

	/** Throws on a fatal error; warnings and validity errors (no schema is used) are ignored. */
	private static final ErrorHandler SILENT = new ErrorHandler() {
		@Override
		public void warning(SAXParseException e) {
			// not a reason to refuse
		}

		@Override
		public void error(SAXParseException e) {
			// validity only; the import does not validate against a schema
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	};

	private XmlParsing() {
	}

	static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
		XMLReader reader;
		try {
			reader = XMLHelper.newXMLReader();
		} catch (ParserConfigurationException e) {
			throw new SAXException(e);
		}
		reader.setContentHandler(handler);
		reader.setErrorHandler(SILENT);
		reader.parse(new InputSource(in));
	}

	/** Whether bytes are well-formed XML; throws the parser's exception, with line and column, if not. */
	static void checkWellFormed(byte[] xml) throws IOException, SAXException {
		parse(new ByteArrayInputStream(xml), new DefaultHandler());
	}
}
