/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;

/**
 * The sections of the cited guidelines: every row of guideline_sections.tsv for a cited document,
 * plus every section the 確認表 cites that the TSV does not list.
 * <p>
 * A title is copied only from a row whose status is {@code confirmed} (or confirmed but truncated
 * in the source); for drafts, inferences and rows not retrieved the title stays empty and the
 * status is kept, because a guessed title shown next to an audit finding reads as fact.
 */
public final class SectionIndex {

	public static final String CONFIRMED = "confirmed";
	public static final String CONFIRMED_TRUNCATED = "confirmed (title truncated in source)";

	private static final Pattern NUMERIC = Pattern.compile("\\d+(\\.\\d+)*");

	private final Documents documents;
	private final DataQualityLog log;
	/** Key: volume id + "/" + number, i.e. the section id. */
	private final Map<String, Section> sections = new LinkedHashMap<>();
	private final Map<Section, Volume> volumeOf = new LinkedHashMap<>();

	public SectionIndex(Documents documents, DataQualityLog log) {
		this.documents = documents;
		this.log = log;
	}

	public void load(List<Tsv.Row> rows) throws CatalogImportException {
		for (Tsv.Row row : rows) {
			String documentId = documents.documentIdByTsvName(row.get("document"));
			if (documentId == null) {
				log.add(row.file(), row.line(), "tsv-skip", row.get("document"),
						"document not cited by the 確認表; row not imported");
				continue;
			}
			Volume volume = documents.volumeByTsvName(documentId, row.get("編"));
			if (volume == null) {
				throw new CatalogImportException(row.file(), row.line(), "unknown 編 '" + row.get("編") + "' of " + documentId);
			}
			String number = row.get("section");
			if (number.isEmpty() || number.chars().anyMatch(Character::isWhitespace)) {
				throw new CatalogImportException(row.file(), row.line(), "section number '" + number + "' is empty or has blanks");
			}
			String id = volume.getId() + "/" + number;
			if (sections.containsKey(id)) {
				throw new CatalogImportException(row.file(), row.line(), "section " + id + " listed twice");
			}
			Section section = KansaFactory.eINSTANCE.createSection();
			section.setId(id);
			section.setNumber(number);
			String status = row.get("status");
			String note = row.get("note");
			String source = row.get("source");
			section.setSource(source.isEmpty() ? null : source);
			if (status.equals(CONFIRMED) || status.equals(CONFIRMED_TRUNCATED)) {
				if (row.get("title").isEmpty()) {
					throw new CatalogImportException(row.file(), row.line(), "confirmed section " + id + " without a title");
				}
				section.setTitle(row.get("title"));
				section.setTitleStatus(TitleStatus.CONFIRMED);
				if (status.equals(CONFIRMED_TRUNCATED)) {
					section.setStatusNote(join(status, note));
					log.add(row.file(), row.line(), "title-truncated", id + " 「" + row.get("title") + "」",
							"status '" + status + "': title kept as printed in the source, ending in its ellipsis; "
									+ "the statusNote says it is not the full title");
				}
			} else {
				// Only the status, not the TSV note: several notes guess a title ("it may be …"),
				// and a guess must not reach the product. The note stays in the TSV for researchers.
				section.setTitleStatus(statusOf(status));
				section.setStatusNote(status);
			}
			sections.put(id, section);
			volumeOf.put(section, volume);
		}
	}

	private static TitleStatus statusOf(String status) {
		String lower = status.toLowerCase(java.util.Locale.ROOT);
		if (lower.startsWith("draft")) {
			return TitleStatus.DRAFT;
		}
		if (lower.startsWith("inferred")) {
			return TitleStatus.INFERRED;
		}
		// NOT RETRIEVED, UNVERIFIED, UNCERTAIN and anything unforeseen: the title is not known.
		return TitleStatus.NOT_RETRIEVED;
	}

	private static String join(String status, String note) {
		return note.isEmpty() ? status : status + "; " + note;
	}

	public boolean contains(Volume volume, String number) {
		return sections.containsKey(volume.getId() + "/" + number);
	}

	/**
	 * The section {@code number} of {@code volume}; a section the TSV does not list is created with
	 * {@link TitleStatus#NOT_RETRIEVED} and logged, so that the citation still has a target.
	 */
	public Section resolve(Volume volume, String number, String seedFile, int seedLine, String citation) {
		String id = volume.getId() + "/" + number;
		Section section = sections.get(id);
		if (section == null) {
			section = KansaFactory.eINSTANCE.createSection();
			section.setId(id);
			section.setNumber(number);
			section.setTitleStatus(TitleStatus.NOT_RETRIEVED);
			section.setStatusNote("cited by the 確認表 but not listed in guideline_sections.tsv");
			sections.put(id, section);
			volumeOf.put(section, volume);
			log.add(seedFile, seedLine, "section-added", citation,
					"section " + id + " is not in guideline_sections.tsv: created with status not-retrieved and no title");
		}
		return section;
	}

	public List<Section> all() {
		return new ArrayList<>(sections.values());
	}

	/**
	 * Puts every section under its nearest existing ancestor (7.2 under 7; 3.4.1 under 3 when 3.4 is
	 * not known) or directly under its volume. Intermediate sections are not invented: an empty node
	 * would look like a section the guideline has, with a number nobody checked.
	 */
	public void attachTree() {
		List<Section> ordered = all();
		ordered.sort(Comparator.comparing((Section s) -> volumeOf.get(s).getId()).thenComparing(SectionIndex::compareNumbers));
		for (Section section : ordered) {
			Volume volume = volumeOf.get(section);
			Section parent = null;
			if (NUMERIC.matcher(section.getNumber()).matches()) {
				String number = section.getNumber();
				int dot = number.lastIndexOf('.');
				while (dot > 0 && parent == null) {
					number = number.substring(0, dot);
					parent = sections.get(volume.getId() + "/" + number);
					dot = number.lastIndexOf('.');
				}
			}
			if (parent == null) {
				volume.getSections().add(section);
			} else {
				parent.getSubsections().add(section);
			}
		}
	}

	/** Numeric components compared as numbers (2 before 10); non-numeric labels (別添, 図2-1) last. */
	static int compareNumbers(Section a, Section b) {
		return compareNumbers(a.getNumber(), b.getNumber());
	}

	static int compareNumbers(String a, String b) {
		boolean numericA = NUMERIC.matcher(a).matches();
		boolean numericB = NUMERIC.matcher(b).matches();
		if (numericA != numericB) {
			return numericA ? -1 : 1;
		}
		if (!numericA) {
			return a.compareTo(b);
		}
		String[] partsA = a.split("\\.");
		String[] partsB = b.split("\\.");
		for (int i = 0; i < Math.min(partsA.length, partsB.length); i++) {
			int cmp = Integer.compare(Integer.parseInt(partsA[i]), Integer.parseInt(partsB[i]));
			if (cmp != 0) {
				return cmp;
			}
		}
		return Integer.compare(partsA.length, partsB.length);
	}
}
