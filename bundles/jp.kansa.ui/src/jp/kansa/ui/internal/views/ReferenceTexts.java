/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.labels.CatalogLabels;

/** Texts of the detail view's reference links and glossary entries. */
final class ReferenceTexts {

	private ReferenceTexts() {
	}

	/** "企画管理編7 安全管理のための…": the citation as printed, plus the section title or why it is not shown. */
	static String linkText(Reference reference) {
		String citation = reference.getCitation() == null ? "" : reference.getCitation(); //$NON-NLS-1$
		if (reference.getTarget() instanceof Section section) {
			return citation + " " + (CatalogLabels.hasTitle(section) ? section.getTitle() : CatalogLabels.untitled(section)); //$NON-NLS-1$
		}
		return citation;
	}

	/** The full path of the cited node, for the tooltip: document, 編, section. */
	static String targetDescription(Reference reference) {
		ReferenceTarget target = reference.getTarget();
		if (target == null) {
			return reference.getCitation();
		}
		StringBuilder path = new StringBuilder(CatalogLabels.text(target));
		for (Object node = target.eContainer(); node instanceof ReferenceTarget parent; node = parent.eContainer()) {
			if (parent instanceof GuidelineDocument || parent instanceof Volume) {
				path.insert(0, CatalogLabels.text(parent) + " / "); //$NON-NLS-1$
			}
		}
		return path.toString();
	}

	/**
	 * The definition, or 定義未確認. The glossary's status code and source note are for the people
	 * who maintain the data, not for the auditor reading the check point.
	 */
	static String definition(GlossaryTerm term) {
		return CatalogLabels.hasDefinition(term) ? term.getDefinition() : Messages.Term_definitionNotConfirmed;
	}
}
