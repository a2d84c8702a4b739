/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table, read with SAX, keeping at most {@code maxChars} of each string:
 * POI's ReadOnlySharedStringsTable would hold a 10 MB string whole. A longer string is kept as
 * its length only and reported by the cell that uses it. Phonetic runs (rPh, the furigana Excel
 * stores for Japanese input) are not part of the text.
 */
final class BoundedSharedStrings extends DefaultHandler {

	private final int maxChars;
	private final List<String> strings = new ArrayList<>();
	private final Map<Integer, Long> tooLong = new HashMap<>();
	private final StringBuilder current = new StringBuilder();
	private long currentLength;
	private boolean inText;
	private int phoneticDepth;

	private BoundedSharedStrings(int maxChars) {
		this.maxChars = maxChars;
	}

	static BoundedSharedStrings read(InputStream in, int maxChars) throws IOException, SAXException {
		BoundedSharedStrings table = new BoundedSharedStrings(maxChars);
		if (in != null) {
			XmlParsing.parse(in, table);
		}
		return table;
	}

	static BoundedSharedStrings empty() {
		return new BoundedSharedStrings(0);
	}

	int size() {
		return strings.size();
	}

	/** The string, or {@code null} when it was too long (see {@link #length}). */
	String get(int index) {
		return strings.get(index);
	}

	long length(int index) {
		Long length = tooLong.get(index);
		return length != null ? length.longValue() : strings.get(index).length();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
		case "si" -> {
			current.setLength(0);
			currentLength = 0;
		}
		case "rPh" -> phoneticDepth++;
		case "t" -> inText = phoneticDepth == 0;
		default -> {
			// formatting runs and their properties carry no text of their own
		}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
		case "si" -> {
			if (currentLength > maxChars) {
				tooLong.put(strings.size(), currentLength);
				strings.add(null);
			} else {
				strings.add(current.toString());
			}
		}
		case "rPh" -> phoneticDepth--;
		case "t" -> inText = false;
		default -> {
			// nothing to close
		}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (!inText) {
			return;
		}
		currentLength += length;
		if (currentLength <= maxChars) {
			current.append(ch, start, length);
		} else if (current.length() > 0) {
			current.setLength(0); // dropped now rather than kept until the end of the string
			current.trimToSize();
		}
	}
}
