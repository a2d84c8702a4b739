/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;

/**
 * The counts a reviewer compares against the printed 確認表 (46 items, 54 check points), measured
 * on the model itself so that the command line, the data-quality log and the tests agree.
 */
public record CatalogStats(int parts, int categories, int items, int checkPoints, List<int[]> perPart,
		int recommendations, int references, int distinctTargets, int sections, int confirmedSections,
		int citedSectionsWithoutConfirmedTitle, int glossaryTerms, int glossaryLinks) {

	public static CatalogStats of(Catalog catalog) {
		int categories = 0;
		int items = 0;
		int checkPoints = 0;
		int recommendations = 0;
		int references = 0;
		int glossaryLinks = 0;
		List<int[]> perPart = new ArrayList<>();
		Map<ReferenceTarget, Boolean> targets = new IdentityHashMap<>();
		for (Part part : catalog.getParts()) {
			int partItems = 0;
			int partCheckPoints = 0;
			for (Category category : part.getCategories()) {
				categories++;
				for (Item item : category.getItems()) {
					partItems++;
					for (CheckPoint checkPoint : item.getCheckPoints()) {
						partCheckPoints++;
						recommendations += checkPoint.getRecommendations().size();
						glossaryLinks += checkPoint.getTerms().size();
						for (Reference reference : checkPoint.getReferences()) {
							references++;
							targets.put(reference.getTarget(), Boolean.TRUE);
						}
					}
				}
			}
			perPart.add(new int[] { part.getNumber(), partItems, partCheckPoints });
			items += partItems;
			checkPoints += partCheckPoints;
		}
		List<Section> all = sections(catalog);
		int confirmed = (int) all.stream().filter(s -> s.getTitleStatus() == TitleStatus.CONFIRMED).count();
		int citedUnconfirmed = (int) all.stream()
				.filter(s -> s.getTitleStatus() != TitleStatus.CONFIRMED && !s.getCitations().isEmpty()).count();
		List<GlossaryTerm> glossary = catalog.getGlossary();
		return new CatalogStats(catalog.getParts().size(), categories, items, checkPoints, List.copyOf(perPart),
				recommendations, references, targets.size(), all.size(), confirmed, citedUnconfirmed, glossary.size(),
				glossaryLinks);
	}

	/** Every section of every volume, depth first in document order. */
	public static List<Section> sections(Catalog catalog) {
		List<Section> result = new ArrayList<>();
		for (GuidelineDocument document : catalog.getDocuments()) {
			for (Volume volume : document.getVolumes()) {
				collect(volume.getSections(), result);
			}
		}
		return result;
	}

	private static void collect(List<Section> sections, List<Section> result) {
		for (Section section : sections) {
			result.add(section);
			collect(section.getSubsections(), result);
		}
	}

	/** One line per count, as printed by the command line and the import script. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append("parts               ").append(parts).append('\n');
		for (int[] part : perPart) {
			text.append("  Part ").append(part[0]).append("            ").append(part[1]).append(" items, ")
					.append(part[2]).append(" check points\n");
		}
		text.append("categories          ").append(categories).append('\n');
		text.append("items               ").append(items).append('\n');
		text.append("check points        ").append(checkPoints).append('\n');
		text.append("recommendations     ").append(recommendations).append(" ((a)(b)… children)\n");
		text.append("references          ").append(references).append(" (check point → target links)\n");
		text.append("distinct targets    ").append(distinctTargets).append('\n');
		text.append("sections            ").append(sections).append('\n');
		text.append("  confirmed title   ").append(confirmedSections).append('\n');
		text.append("  cited, no title   ").append(citedSectionsWithoutConfirmedTitle).append('\n');
		text.append("glossary terms      ").append(glossaryTerms).append(" (").append(glossaryLinks)
				.append(" check point links)\n");
		return text.toString();
	}
}
