/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Volume;

/**
 * Parses a ガイドライン等関連部分 cell such as
 * {@code ・医療情報システムの安全管理に関するガイドライン第6.0版 経営管理編3.4.2、3.4.3、企画管理編12.3}
 * into one citation per cited section (or whole document), and repairs the extraction artefacts
 * found in the seed: two section numbers run together (3.53.1.2), a full-width comma followed by
 * a half-width blank, and detail suffixes glued to a number ((1), ②).
 */
public final class ReferenceParser {

	/** A resolved citation: {@code target} is never null. */
	public record Citation(ReferenceTarget target, String citation, String detail) {
	}

	/** @param text the cell after repair, for CheckPoint.referenceText */
	public record Parsed(String text, List<Citation> citations) {
	}

	/** Documents start at the cell start or after a blank; 「・」 inside a name (情報システム・サービス) does not split. */
	private static final Pattern DOCUMENT_BULLET = Pattern.compile("(?:^|\\s+)・");
	private static final Pattern COMMA_BLANK = Pattern.compile("、[ \u3000]+");
	private static final Pattern NUMBER_TOKEN = Pattern.compile("(\\d+(?:\\.\\d+)*)(\\(\\d+\\)|（\\d+）|[\u2460-\u2473])?");
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,\\s]+");
	private static final String ANNEX = "別紙";

	private final Documents documents;
	private final SectionIndex sections;
	private final DataQualityLog log;
	private final String path;
	private final String file;

	/** @param path the seed as given, for errors; @param file its name, for the log */
	public ReferenceParser(Documents documents, SectionIndex sections, DataQualityLog log, String path, String file) {
		this.documents = documents;
		this.sections = sections;
		this.log = log;
		this.path = path;
		this.file = file;
	}

	public Parsed parse(String cell, int line) throws CatalogImportException {
		String text = cell.strip();
		Matcher commaBlank = COMMA_BLANK.matcher(text);
		if (commaBlank.find()) {
			log.add(file, line, "spacing", quoteBlank(text.substring(Math.max(0, commaBlank.start() - 12),
					Math.min(text.length(), commaBlank.end() + 8))),
					"full-width 「、」 followed by a half-width blank: blank removed");
			text = commaBlank.replaceAll("、");
		}
		if (!text.startsWith("・")) {
			throw error(line, "ガイドライン等関連部分 does not start with 「・」: " + SeedTableReader.abbreviate(text));
		}
		List<Citation> citations = new ArrayList<>();
		String repaired = text;
		for (String block : DOCUMENT_BULLET.split(text)) {
			block = block.strip();
			if (block.isEmpty()) {
				continue;
			}
			Documents.DocumentSpec spec = documents.documentPrintedAt(block);
			if (spec == null) {
				throw error(line, "unknown reference document 「" + SeedTableReader.abbreviate(block) + "」");
			}
			String rest = block.substring(spec.seedName().length()).strip();
			if (rest.isEmpty()) {
				citations.add(new Citation(documents.get(spec.id()), spec.seedName(), null));
				continue;
			}
			switch (spec.id()) {
				case Documents.MHLW -> repaired = parseVolumes(spec.id(), rest, line, citations, repaired);
				case Documents.PROVIDER -> repaired = parseProvider(spec.id(), rest, line, citations, repaired);
				default -> throw error(line, "unexpected text after 「" + spec.seedName() + "」: 「" + rest + "」");
			}
		}
		return new Parsed(repaired, citations);
	}

	/** {@code 経営管理編3.4.2、3.4.3、企画管理編12.3 別添小規模医療機関向けガイダンス3.5}: volume names open number lists. */
	private String parseVolumes(String documentId, String rest, int line, List<Citation> citations, String repaired)
			throws CatalogImportException {
		List<String> names = documents.volumeSeedNames(documentId);
		int position = 0;
		while (position < rest.length()) {
			String name = null;
			for (String candidate : names) {
				if (rest.startsWith(candidate, position)) {
					name = candidate;
				}
			}
			if (name == null) {
				throw error(line, "expected a 編 name (" + String.join(", ", names) + ") at 「"
						+ SeedTableReader.abbreviate(rest.substring(position)) + "」");
			}
			int end = rest.length();
			for (String candidate : names) {
				int next = rest.indexOf(candidate, position + name.length());
				if (next >= 0 && next < end) {
					end = next;
				}
			}
			Volume volume = documents.volumeBySeedName(documentId, name);
			if (name.equals(Documents.GUIDANCE_AS_PRINTED)) {
				log.add(file, line, "volume-name", name, "printed as 別添… without 等: read as volume "
						+ volume.getId() + " (「" + volume.getName() + "」)");
			}
			String list = rest.substring(position + name.length(), end);
			repaired = parseNumbers(volume, name, list, line, citations, repaired);
			position = end;
		}
		return repaired;
	}

	/** {@code 3.2.1、別紙1「…」における「…」}: the provider guideline is cited by number, without a 編. */
	private String parseProvider(String documentId, String rest, int line, List<Citation> citations, String repaired)
			throws CatalogImportException {
		Volume volume = documents.volumeBySeedName(documentId, "");
		int annex = rest.indexOf(ANNEX);
		String numbers = annex < 0 ? rest : rest.substring(0, annex);
		repaired = parseNumbers(volume, "", numbers, line, citations, repaired);
		if (annex >= 0) {
			// An annex of the document has no section in any index: cite the document, keep the annex text.
			String annexText = rest.substring(annex).strip();
			citations.add(new Citation(documents.get(documentId), annexText, annexText));
			log.add(file, line, "annex", annexText, "cites an annex (別紙) of " + documentId
					+ ", which has no section number: Reference to the document " + documentId
					+ " with detail = the annex text as printed");
		}
		return repaired;
	}

	private String parseNumbers(Volume volume, String printedVolume, String list, int line, List<Citation> citations,
			String repaired) throws CatalogImportException {
		List<String> tokens = new ArrayList<>();
		for (String token : LIST_SEPARATOR.split(list.strip())) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		if (tokens.isEmpty()) {
			throw error(line, "no section number after 「" + (printedVolume.isEmpty() ? volume.getId() : printedVolume) + "」");
		}
		for (String token : tokens) {
			Matcher matcher = NUMBER_TOKEN.matcher(token);
			if (!matcher.matches()) {
				throw error(line, "cannot read section number 「" + token + "」 after 「"
						+ (printedVolume.isEmpty() ? volume.getId() : printedVolume) + "」");
			}
			String number = matcher.group(1);
			String detail = matcher.group(2);
			if (detail == null && !sections.contains(volume, number)) {
				String[] split = splitRunTogether(volume, number);
				if (split != null) {
					String fixed = split[0] + "、" + split[1];
					log.add(file, line, "run-together", printedVolume + token,
							"two section numbers run together by the extraction: read as " + printedVolume + split[0]
									+ " and " + printedVolume + split[1] + " (both listed in guideline_sections.tsv); "
									+ "referenceText repaired to 「" + printedVolume + fixed + "」");
					repaired = repaired.replace(printedVolume + token, printedVolume + fixed);
					for (String part : split) {
						String citation = printedVolume + part;
						citations.add(new Citation(sections.resolve(volume, part, file, line, citation), citation, null));
					}
					continue;
				}
			}
			if (detail != null) {
				String kind = detail.startsWith("(") || detail.startsWith("（") ? "parenthesised item" : "circled item";
				log.add(file, line, "suffix", printedVolume + token, kind + " " + detail + " glued to section "
						+ number + ": target " + volume.getId() + "/" + number + ", detail " + detail);
			}
			String citation = printedVolume + token;
			citations.add(new Citation(sections.resolve(volume, number, file, line, citation), citation, detail));
		}
		return repaired;
	}

	/**
	 * 3.53.1.2 is 3.5 and 3.1.2 printed without separator. Accept a split only if it is the single
	 * split into two numbers that both exist in the section index: otherwise the number is kept
	 * as printed (and added as not retrieved), never guessed.
	 */
	private String[] splitRunTogether(Volume volume, String number) {
		String[] found = null;
		for (int i = 1; i < number.length(); i++) {
			String left = number.substring(0, i);
			String right = number.substring(i);
			if (left.endsWith(".") || right.startsWith(".")) {
				continue;
			}
			if (sections.contains(volume, left) && sections.contains(volume, right)) {
				if (found != null) {
					return null;
				}
				found = new String[] { left, right };
			}
		}
		return found;
	}

	private static String quoteBlank(String text) {
		return text.replace(" ", "␣");
	}

	private CatalogImportException error(int line, String reason) {
		return new CatalogImportException(path, line, reason);
	}
}
