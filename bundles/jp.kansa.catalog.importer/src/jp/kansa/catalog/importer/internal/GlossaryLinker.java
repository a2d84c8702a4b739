/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.KansaFactory;

/**
 * Removes the footnote marks (*1 … *26) from the text and links the marked glossary terms.
 * <p>
 * glossary.tsv lists the terms, but not in footnote order, and the 用語の解説 that numbers them
 * was not retrieved. The number of each term is therefore derived from the text itself: the
 * term printed immediately before a mark is the term of that footnote. Both sides are NFKC
 * normalised because the seed mixes full- and half-width parentheses. A number that would map
 * to two terms, or a term to two numbers, is an error rather than a guess.
 */
public final class GlossaryLinker {

	/** @param text the text without marks; {@code terms} in order of first mark */
	public record Cleaned(String text, List<GlossaryTerm> terms) {
	}

	/**
	 * The three shapes of a mark in the extraction: {@code 脆弱性*8}, {@code 脆弱性 ^{*8} 情報} (the
	 * superscript came out with blanks around it) and {@code ソフトウェア [*] ¹⁹ を} (the superscript
	 * split into an asterisk and superscript digits).
	 */
	private static final Pattern MARK = Pattern.compile(
			"[ \u3000]?\\^\\{\\*(\\d+)\\}[ \u3000]?|[ \u3000]?\\[\\*\\][ \u3000]?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \u3000]?|\\*(\\d+)");
	private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
	private static final Pattern CLOSING = Pattern.compile("[)\\]）〕」』]+$");

	private record TermRow(int line, String term, String normalized, String definition, String status, String source) {
	}

	private final List<TermRow> rows = new ArrayList<>();
	private final String seedPath;
	private final String seedFile;
	private final String glossaryFile;
	private final DataQualityLog log;
	private final Map<Integer, GlossaryTerm> byNumber = new TreeMap<>();
	private final Map<Integer, Integer> firstLine = new TreeMap<>();
	private int marksRemoved;

	/** @param seedPath the seed as given, for errors; @param seedFile its name, for the log */
	public GlossaryLinker(List<Tsv.Row> glossary, String seedPath, String seedFile, DataQualityLog log) {
		this.seedPath = seedPath;
		this.seedFile = seedFile;
		this.log = log;
		this.glossaryFile = glossary.isEmpty() ? "glossary.tsv" : glossary.get(0).file();
		for (Tsv.Row row : glossary) {
			String term = row.get("term");
			rows.add(new TermRow(row.line(), term, nfkc(term), row.get("definition"), row.get("status"), row.get("source")));
		}
	}

	public Cleaned clean(String raw, int line, String field) throws CatalogImportException {
		if (raw == null) {
			return new Cleaned(null, List.of());
		}
		Matcher matcher = MARK.matcher(raw);
		StringBuilder text = new StringBuilder();
		Set<GlossaryTerm> terms = new LinkedHashSet<>();
		int last = 0;
		while (matcher.find()) {
			text.append(raw, last, matcher.start());
			last = matcher.end();
			String shape;
			int number;
			if (matcher.group(1) != null) {
				number = Integer.parseInt(matcher.group(1));
				shape = "superscript mark with the blanks around it";
			} else if (matcher.group(2) != null) {
				number = superscript(matcher.group(2));
				shape = "superscript mark split by the extraction into 「[*]」 and superscript digits";
			} else {
				number = Integer.parseInt(matcher.group(3));
				shape = "mark";
			}
			Link link = link(number, text.toString(), line);
			terms.add(link.term());
			marksRemoved++;
			log.add(seedFile, line, "footnote", field + ": 「" + tail(text.toString()) + visible(matcher.group()) + "」",
					"removed " + shape + "; linked glossary term *" + number + " " + link.term().getTerm()
							+ (link.afterBracket() ? " (the mark follows the closing bracket around the term)" : ""));
		}
		text.append(raw.substring(last));
		return new Cleaned(text.toString().strip(), List.copyOf(terms));
	}

	private record Link(GlossaryTerm term, boolean afterBracket) {
	}

	private Link link(int number, String before, int line) throws CatalogImportException {
		if (number < 1 || number > rows.size()) {
			throw new CatalogImportException(seedPath, line, "glossary mark *" + number + " has no term: "
					+ glossaryFile + " lists " + rows.size() + " terms (*1–*" + rows.size() + ")");
		}
		String preceding = nfkc(before).stripTrailing();
		TermRow match = longestSuffix(preceding);
		boolean afterBracket = false;
		if (match == null) {
			// サービス・レベル合意書（SLA）*5: the mark follows the bracket that encloses the term.
			match = longestSuffix(CLOSING.matcher(preceding).replaceFirst(""));
			afterBracket = match != null;
		}
		if (match == null) {
			throw new CatalogImportException(seedPath, line, "glossary mark *" + number
					+ " has no term: no term of " + glossaryFile + " immediately precedes it (「" + tail(before) + "」)");
		}
		GlossaryTerm existing = byNumber.get(number);
		if (existing != null) {
			if (!existing.getTerm().equals(match.term())) {
				throw new CatalogImportException(seedPath, line, "glossary mark *" + number + " follows 「" + match.term()
						+ "」 but *" + number + " follows 「" + existing.getTerm() + "」 at line " + firstLine.get(number));
			}
			return new Link(existing, afterBracket);
		}
		for (Map.Entry<Integer, GlossaryTerm> entry : byNumber.entrySet()) {
			if (entry.getValue().getTerm().equals(match.term())) {
				throw new CatalogImportException(seedPath, line, "glossary term 「" + match.term() + "」 marked *" + number
						+ " here but *" + entry.getKey() + " at line " + firstLine.get(entry.getKey()));
			}
		}
		GlossaryTerm term = KansaFactory.eINSTANCE.createGlossaryTerm();
		term.setId("term-" + number);
		term.setNumber(number);
		term.setTerm(match.term());
		term.setDefinition(match.definition().isEmpty() ? null : match.definition());
		term.setDefinitionStatus(match.status().isEmpty() ? null : match.status());
		term.setSource(match.source().isEmpty() ? null : match.source());
		byNumber.put(number, term);
		firstLine.put(number, line);
		return new Link(term, afterBracket);
	}

	private TermRow longestSuffix(String preceding) {
		TermRow best = null;
		for (TermRow row : rows) {
			if (!row.normalized().isEmpty() && preceding.endsWith(row.normalized())
					&& (best == null || row.normalized().length() > best.normalized().length())) {
				best = row;
			}
		}
		return best;
	}

	/** Linked terms in footnote order; logs the glossary rows no mark refers to. */
	public List<GlossaryTerm> terms() {
		for (TermRow row : rows) {
			boolean used = byNumber.values().stream().anyMatch(t -> t.getTerm().equals(row.term()));
			if (!used) {
				log.add(glossaryFile, row.line(), "glossary-unused", row.term(),
						"no footnote mark in the seed refers to this term: not imported");
			}
		}
		return new ArrayList<>(byNumber.values());
	}

	public int marksRemoved() {
		return marksRemoved;
	}

	private static int superscript(String digits) {
		int value = 0;
		for (char c : digits.toCharArray()) {
			value = value * 10 + SUPERSCRIPTS.indexOf(c);
		}
		return value;
	}

	static String nfkc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	private static String tail(String text) {
		String stripped = text.stripTrailing();
		return stripped.length() <= 12 ? stripped : "…" + stripped.substring(stripped.length() - 12);
	}

	private static String visible(String mark) {
		return mark.replace(' ', '␣');
	}
}
