/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.Locale;
import java.util.ResourceBundle;

import jp.kansa.model.GlossaryTerm;

/**
 * Where a glossary term's definition stands, said the same way in the workbench (詳細, プロパティ)
 * and in the workpaper's 用語 sheet: taken from another document (a ministry text, a draft glossary,
 * an encyclopaedia; the 確認表's own 用語の解説 was not available) or not confirmed. The domain
 * file's status codes ("NOT RETRIEVED", "secondary (…)") are researchers' notes, never shown.
 */
public enum DefinitionStatus {

	FROM_OTHER_DOCUMENT("definitionStatus.otherDocument"), //$NON-NLS-1$
	NOT_CONFIRMED("definitionStatus.notConfirmed"); //$NON-NLS-1$

	private static final String MESSAGES = "jp.kansa.model.engagement.messages"; //$NON-NLS-1$

	private final String key;

	DefinitionStatus(String key) {
		this.key = key;
	}

	public static DefinitionStatus of(GlossaryTerm term) {
		String definition = term.getDefinition();
		return definition == null || definition.isBlank() ? NOT_CONFIRMED : FROM_OTHER_DOCUMENT;
	}

	/** The status in words of the locale's language (English when there is no translation). */
	public String label(Locale locale) {
		// no fallback to the JVM's locale: an English workpaper from a Japanese workbench stays English
		return ResourceBundle.getBundle(MESSAGES, locale, DefinitionStatus.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}
