/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.labels;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
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

	/** Number and title; a section whose title was never seen in the published text says so. */
	public static String section(Section section) {
		String title = section.getTitle();
		return join(section.getNumber(), title == null || title.isBlank() ? Messages.Section_untitled : title);
	}

	/** Whether the section's title is known; untitled sections must not be presented as if named. */
	public static boolean hasTitle(Section section) {
		return section.getTitle() != null && !section.getTitle().isBlank();
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
