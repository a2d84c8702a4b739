/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.engagement.DefinitionStatus;

/** One decision and one set of words for where a glossary definition stands (workbench and workpaper). */
class DefinitionStatusTest {

	@Test
	void aTermWithoutDefinitionIsNotConfirmedAndOneWithADefinitionComesFromAnotherDocument() {
		assertEquals(DefinitionStatus.NOT_CONFIRMED, DefinitionStatus.of(term(null)));
		assertEquals(DefinitionStatus.NOT_CONFIRMED, DefinitionStatus.of(term("  \n"))); //$NON-NLS-1$
		assertEquals(DefinitionStatus.FROM_OTHER_DOCUMENT, DefinitionStatus.of(term("外部の記憶媒体への保存"))); //$NON-NLS-1$
	}

	@Test
	void wordsInJapaneseAndInEnglishWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPANESE);
			assertEquals("Definition not confirmed", DefinitionStatus.NOT_CONFIRMED.label(Locale.ENGLISH)); //$NON-NLS-1$
			Locale.setDefault(Locale.ENGLISH);
			assertEquals("定義未確認", DefinitionStatus.NOT_CONFIRMED.label(Locale.JAPANESE)); //$NON-NLS-1$
			assertEquals("他資料による解説（確認表の用語の解説ではない）", //$NON-NLS-1$
					DefinitionStatus.FROM_OTHER_DOCUMENT.label(Locale.JAPANESE));
		} finally {
			Locale.setDefault(before);
		}
	}

	private static GlossaryTerm term(String definition) {
		GlossaryTerm term = KansaFactory.eINSTANCE.createGlossaryTerm();
		term.setTerm("外部保存"); //$NON-NLS-1$
		term.setDefinition(definition);
		return term;
	}
}
