/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.Item;
import jp.kansa.model.Reference;

/** The extraction artefacts of the seed and how the importer repairs (and logs) them. */
class ArtefactRepairTest {

	private static List<String> targets(CheckPoint checkPoint) {
		return checkPoint.getReferences().stream().map(r -> r.getTarget().getId()).toList();
	}

	private static Reference reference(CheckPoint checkPoint, String targetId) {
		return checkPoint.getReferences().stream().filter(r -> r.getTarget().getId().equals(targetId)).findFirst()
				.orElseThrow(() -> new AssertionError(checkPoint.getId() + " does not cite " + targetId));
	}

	@Test
	void runTogetherGuidanceSectionsAreSplit() throws Exception {
		CheckPoint checkPoint = Fixtures.checkPoint(Fixtures.catalog(), "1-B-5-①");
		assertEquals(List.of("mhlw-gl-6.0/経営管理編/1.2.1", "mhlw-gl-6.0/小規模医療機関等向けガイダンス/3.5",
				"mhlw-gl-6.0/小規模医療機関等向けガイダンス/3.1.2"), targets(checkPoint));
		assertEquals("別添小規模医療機関向けガイダンス3.5",
				reference(checkPoint, "mhlw-gl-6.0/小規模医療機関等向けガイダンス/3.5").getCitation());
		assertTrue(checkPoint.getReferenceText().endsWith("別添小規模医療機関向けガイダンス3.5、3.1.2"));
		assertFalse(checkPoint.getReferenceText().contains("3.53.1.2"));
		assertLogged("run-together", 24);
	}

	@Test
	void circledSuffixBecomesDetail() throws Exception {
		CheckPoint checkPoint = Fixtures.checkPoint(Fixtures.catalog(), "2-B-2-①");
		Reference reference = reference(checkPoint, "mhlw-gl-6.0/システム運用編/13");
		assertEquals("②", reference.getDetail());
		assertEquals("システム運用編13②", reference.getCitation());
		assertLogged("suffix", 72);
	}

	@Test
	void parenthesisedSuffixBecomesDetail() throws Exception {
		Catalog catalog = Fixtures.catalog();
		Reference reference = reference(Fixtures.checkPoint(catalog, "2-A-3-①"), "mhlw-gl-6.0/企画管理編/2.1.2");
		assertEquals("(1)", reference.getDetail());
		assertEquals("企画管理編2.1.2(1)", reference.getCitation());
		assertEquals("(2)", reference(Fixtures.checkPoint(catalog, "2-A-10-①"), "mhlw-gl-6.0/企画管理編/2.1.2").getDetail());
		assertEquals("(3)", reference(Fixtures.checkPoint(catalog, "2-A-12-①"), "mhlw-gl-6.0/企画管理編/2.1.2").getDetail());
		assertLogged("suffix", 57);
		assertLogged("suffix", 67);
		assertLogged("suffix", 69);
	}

	@Test
	void footnoteMarksAreRemovedAndLinkGlossaryTerms() throws Exception {
		Catalog catalog = Fixtures.catalog();
		GlossaryTerm vulnerability = Fixtures.find(catalog, GlossaryTerm.class, "term-8");
		assertEquals(8, vulnerability.getNumber());
		assertEquals("脆弱性", vulnerability.getTerm());
		assertNull(vulnerability.getDefinition(), "no definition was retrieved");
		assertEquals("NOT RETRIEVED", vulnerability.getDefinitionStatus());

		// *8 form (Part 1) and ^{*8} form (Part 2).
		CheckPoint plain = Fixtures.checkPoint(catalog, "1-B-2-①");
		assertTrue(plain.getRecommendation().contains("医療情報システムの脆弱性等現状を把握し"), plain.getRecommendation());
		assertTrue(plain.getTerms().contains(vulnerability));
		CheckPoint superscript = Fixtures.checkPoint(catalog, "2-参考-1-①");
		assertTrue(superscript.getContent().contains("ソフトウェアに関する脆弱性情報の確認義務"), superscript.getContent());
		assertTrue(superscript.getRisk().startsWith("新たに発見・公表される脆弱性情報が"), superscript.getRisk());
		assertTrue(superscript.getTerms().contains(vulnerability));
		assertEquals("脆弱性情報の確認・報告", Fixtures.find(catalog, Item.class, "2-参考-1").getTitle());
		assertTrue(vulnerability.getUsedBy().contains(superscript));

		// The split superscript [*] ¹⁹ and the mark after a closing bracket (SLA）*5.
		CheckPoint openSource = Fixtures.checkPoint(catalog, "2-B-6-①");
		assertTrue(openSource.getRecommendation().contains("オープンソースソフトウェアを含むソフトウェア等"));
		assertTrue(openSource.getTerms().contains(Fixtures.find(catalog, GlossaryTerm.class, "term-19")));
		assertEquals("SLA", Fixtures.find(catalog, GlossaryTerm.class, "term-5").getTerm());
		assertEquals("ウイルス定義ファイル(パターンファイル)", Fixtures.find(catalog, GlossaryTerm.class, "term-21").getTerm());

		for (CheckPoint checkPoint : Fixtures.all(catalog, CheckPoint.class)) {
			for (String text : new String[] { checkPoint.getContent(), checkPoint.getRisk(), checkPoint.getRecommendation() }) {
				if (text != null) {
					assertFalse(text.matches("(?s).*(\\*\\d|\\^\\{|\\[\\*\\]).*"), checkPoint.getId() + ": " + text);
				}
			}
		}
		assertEquals(56, Fixtures.fresh().footnoteMarksRemoved());
		assertEquals(56, Fixtures.fresh().log().entries("footnote").size());
	}

	@Test
	void otherArtefactsAreLogged() throws Exception {
		Catalog catalog = Fixtures.catalog();
		CheckPoint c3 = Fixtures.checkPoint(catalog, "2-C-3-①");
		assertTrue(c3.getReferenceText().endsWith("企画管理編5.2.1、システム運用編3.3.1"), c3.getReferenceText());
		assertLogged("spacing", 82);
		assertLogged("shared-content", 66);
		assertLogged("annex", 60);
		assertLogged("title-truncated", 64);
		for (int line : new int[] { 33, 63, 75, 91 }) {
			assertLogged("header-repeat", line);
		}
	}

	@Test
	void slaAnnexCitesTheProviderDocument() throws Exception {
		Catalog catalog = Fixtures.catalog();
		CheckPoint a6 = Fixtures.checkPoint(catalog, "2-A-6-①");
		assertEquals(List.of("provider-gl-1.1/本編/3.2.1", "provider-gl-1.1"), targets(a6));
		Reference annex = a6.getReferences().get(1);
		assertTrue(annex.getTarget() instanceof GuidelineDocument);
		assertEquals("別紙1「ガイドラインに基づくサービス仕様適合開示書及びサービス・レベル合意書（SLA）参考例」における「サービス・レベル合意書（SLA）参考例」",
				annex.getDetail());
		assertEquals("第1.1版", ((GuidelineDocument) annex.getTarget()).getEdition());
	}

	@Test
	void wholeDocumentCitations() throws Exception {
		Catalog catalog = Fixtures.catalog();
		Reference guideline = Fixtures.checkPoint(catalog, "1-B-1-①").getReferences().get(0);
		assertSame(catalog.getDocuments().get(0), guideline.getTarget());
		assertEquals(List.of("mhlw-gl-6.0/企画管理編/7", "provider-gl-1.1/本編/6.5", "external-storage-notice",
				"e-document-notice"), targets(Fixtures.checkPoint(catalog, "2-A-9-①")));
	}

	private static void assertLogged(String kind, int line) throws Exception {
		List<DataQualityLog.Entry> entries = Fixtures.fresh().log().entries(kind);
		assertTrue(entries.stream().anyMatch(e -> e.line() == line), kind + " not logged at line " + line + ": " + entries);
	}
}
