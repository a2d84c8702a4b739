/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.labels;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;
import jp.kansa.model.engagement.DefinitionStatus;
import jp.kansa.model.provider.KansaEditPlugin;
import jp.kansa.ui.internal.i18n.Messages;

/**
 * The one-line texts auditors see for catalog elements, as printed in the 確認表
 * ("A 事業者選定・事業者管理", "1 事業者からの開示資料の確認", "① 事業者との…").
 * <p>
 * The generated item providers label by type and id, which suits a model editor but not
 * readers of the checklist.
 */
public final class CatalogLabels {

	/** Check point content is cut here in one-line labels; the detail view shows it all. */
	private static final int CONTENT_LENGTH = 40;

	private CatalogLabels() {
	}

	public static String text(Object element) {
		if (element instanceof Part part) {
			return NLS.bind(Messages.Part_label, Integer.valueOf(part.getNumber()), nonNull(part.getTitle()));
		} else if (element instanceof Category category) {
			return join(category.getCode(), category.getTitle());
		} else if (element instanceof Item item) {
			return join(item.getNumber(), item.getTitle());
		} else if (element instanceof CheckPoint checkPoint) {
			return checkPoint(checkPoint);
		} else if (element instanceof GuidelineDocument document) {
			return document.getTitle() == null || document.getTitle().isEmpty() ? document.getId() : document.getTitle();
		} else if (element instanceof Volume volume) {
			return nonNull(volume.getName());
		} else if (element instanceof Section section) {
			return section(section);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	/** "① 事業者との契約・協働体制を…  [1-A-2-①]": marker, start of the content, id. */
	public static String checkPoint(CheckPoint checkPoint) {
		String label = join(checkPoint.getMarker(), abbreviate(checkPoint.getContent(), CONTENT_LENGTH));
		return label + "  [" + checkPoint.getId() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Number and title; a section whose title was never seen in the published text says so, and what is known. */
	public static String section(Section section) {
		return join(section.getNumber(), hasTitle(section) ? section.getTitle() : untitled(section));
	}

	/** "(表題未確認: 草案)": why a section shows no title. */
	public static String untitled(Section section) {
		return NLS.bind(Messages.Section_untitled, titleStatus(section));
	}

	/** Whether the section's title is known; untitled sections must not be presented as if named. */
	public static boolean hasTitle(Section section) {
		return section.getTitle() != null && !section.getTitle().isBlank();
	}

	/**
	 * The title status as a word (確認済, 草案, 推定, 未取得): the same labels the Properties view
	 * shows for the enum, never the importer's status code or the researchers' note.
	 */
	public static String titleStatus(Section section) {
		TitleStatus status = section.getTitleStatus() == null ? TitleStatus.NOT_RETRIEVED : section.getTitleStatus();
		return KansaEditPlugin.INSTANCE.getString("_UI_TitleStatus_" + status.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether the glossary gives a definition; none of them is the 確認表's own 用語の解説 text. */
	public static boolean hasDefinition(GlossaryTerm term) {
		return term.getDefinition() != null && !term.getDefinition().isBlank();
	}

	/** Where the definition stands, in the same words as the workpaper's 用語 sheet. */
	public static String definitionStatus(GlossaryTerm term) {
		return DefinitionStatus.of(term).label(Locale.getDefault());
	}

	public static String abbreviate(String text, int length) {
		String flat = nonNull(text).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return flat.length() <= length ? flat : flat.substring(0, length) + "…"; //$NON-NLS-1$
	}

	private static String join(String first, String second) {
		String a = nonNull(first).strip();
		String b = nonNull(second).strip();
		return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b; //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
