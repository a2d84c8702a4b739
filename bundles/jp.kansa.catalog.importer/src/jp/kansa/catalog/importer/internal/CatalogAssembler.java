/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kansa.catalog.importer.CatalogImportException;
import jp.kansa.catalog.importer.DataQualityLog;
import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.Item;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Part;
import jp.kansa.model.Recommendation;
import jp.kansa.model.Reference;

/**
 * Turns the seed layout and the domain facts into the EMF catalog. Ids follow the conventions
 * engagements rely on: Part {@code 1}, Category {@code 1-A}, Item {@code 2-A-9}, CheckPoint
 * {@code 2-A-9-②} (always with a circled number, ① for an unnumbered single row), Recommendation
 * {@code 2-A-9-②-(a)}.
 */
public final class CatalogAssembler {

	public static final String CATALOG_ID = "kakuninhyo";
	private static final KansaFactory FACTORY = KansaFactory.eINSTANCE;
	private static final Pattern MEETING = Pattern.compile(
			"^(.+?)\\s*\\((第\\d+回),\\s*([^)]+)\\)\\s*《(.+?)》.*?公開元URL\\s+(\\S+).*$");
	private static final Pattern MATERIAL = Pattern.compile("^(\\S+)\\s*\\((【[^】]+】)\\)$");
	private static final Pattern EDITION = Pattern.compile("(第\\d+(?:\\.\\d+)?版)");

	private final String seedFile;
	private final DataQualityLog log;
	private final Documents documents;
	private final SectionIndex sections;
	private final GlossaryLinker glossary;
	private final ReferenceParser references;
	private final RecommendationSplitter splitter;

	/** @param seedPath the seed as given, for errors; @param seedFile its name, for the log */
	public CatalogAssembler(String seedPath, String seedFile, DataQualityLog log, Documents documents,
			SectionIndex sections, GlossaryLinker glossary) {
		this.seedFile = seedFile;
		this.log = log;
		this.documents = documents;
		this.sections = sections;
		this.glossary = glossary;
		this.references = new ReferenceParser(documents, sections, log, seedPath, seedFile);
		this.splitter = new RecommendationSplitter(log, seedFile);
	}

	/** Edition of the provider guideline: the seed does not print it, document_facts.tsv does. */
	public static String providerEdition(List<Tsv.Row> facts, DataQualityLog log) {
		for (Tsv.Row row : facts) {
			if (row.get("item").equals("provider GL 第1.1版") && row.get("status").startsWith("confirmed")) {
				Matcher matcher = EDITION.matcher(row.get("value"));
				if (matcher.find()) {
					log.add(row.file(), row.line(), "edition", "「医療情報を取り扱う情報システム・サービスの提供事業者における"
							+ "安全管理ガイドライン」 cited without edition", "edition " + matcher.group(1)
									+ " taken from this row (status '" + row.get("status") + "')");
					return matcher.group(1);
				}
			}
		}
		return null;
	}

	public Catalog assemble(SeedTable table, List<Tsv.Row> facts) throws CatalogImportException {
		Catalog catalog = FACTORY.createCatalog();
		catalog.setId(CATALOG_ID);
		describe(catalog, table, facts);
		catalog.getDocuments().addAll(documents.all());

		for (SeedTable.Part seedPart : table.parts) {
			Part part = FACTORY.createPart();
			part.setId(Integer.toString(seedPart.number));
			part.setNumber(seedPart.number);
			part.setTitle(seedPart.title);
			part.setDescription(seedPart.description);
			part.setHasRiskColumn(seedPart.hasRiskColumn());
			catalog.getParts().add(part);
			for (SeedTable.Category seedCategory : seedPart.categories) {
				Category category = FACTORY.createCategory();
				category.setId(part.getId() + "-" + seedCategory.code);
				category.setCode(seedCategory.code);
				category.setTitle(seedCategory.title);
				part.getCategories().add(category);
				for (SeedTable.Item seedItem : seedCategory.items) {
					category.getItems().add(item(category.getId(), seedItem));
				}
			}
		}
		sections.attachTree();
		catalog.getGlossary().addAll(glossary.terms());
		return catalog;
	}

	private Item item(String categoryId, SeedTable.Item seedItem) throws CatalogImportException {
		Item item = FACTORY.createItem();
		item.setId(categoryId + "-" + seedItem.number);
		item.setNumber(seedItem.number);
		GlossaryLinker.Cleaned title = glossary.clean(seedItem.title, seedItem.line, "項目");
		item.setTitle(title.text());
		GlossaryLinker.Cleaned sharedContent = null;
		for (SeedTable.Row row : seedItem.rows) {
			CheckPoint checkPoint = FACTORY.createCheckPoint();
			checkPoint.setId(item.getId() + "-" + (row.marker().isEmpty() ? "①" : row.marker()));
			checkPoint.setMarker(row.marker());
			// A shared 内容 was cleaned (and its marks logged) on the first row already.
			GlossaryLinker.Cleaned content = row.contentShared() ? sharedContent
					: glossary.clean(row.content(), row.line(), "内容");
			if (sharedContent == null) {
				sharedContent = content;
			}
			GlossaryLinker.Cleaned risk = glossary.clean(row.risk(), row.line(), "想定されるリスク");
			GlossaryLinker.Cleaned recommendation = glossary.clean(row.recommendation(), row.line(), "推奨される対応例");
			checkPoint.setContent(content.text());
			checkPoint.setRisk(risk.text());
			checkPoint.setRecommendation(recommendation.text());

			for (RecommendationSplitter.Part part : splitter.split(recommendation.text(), row.line())) {
				Recommendation child = FACTORY.createRecommendation();
				child.setId(checkPoint.getId() + "-" + part.label());
				child.setLabel(part.label());
				child.setText(part.text());
				checkPoint.getRecommendations().add(child);
			}

			ReferenceParser.Parsed parsed = references.parse(row.references(), row.line());
			checkPoint.setReferenceText(parsed.text());
			for (ReferenceParser.Citation citation : parsed.citations()) {
				Reference reference = FACTORY.createReference();
				reference.setCitation(citation.citation());
				reference.setDetail(citation.detail());
				reference.setTarget(citation.target());
				checkPoint.getReferences().add(reference);
			}

			// Terms marked in the item's 項目 concern every check point of the item.
			Set<GlossaryTerm> terms = new LinkedHashSet<>();
			terms.addAll(title.terms());
			terms.addAll(content.terms());
			terms.addAll(risk.terms());
			terms.addAll(recommendation.terms());
			terms.stream().sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
					.forEach(checkPoint.getTerms()::add);
			item.getCheckPoints().add(checkPoint);
		}
		return item;
	}

	private void describe(Catalog catalog, SeedTable table, List<Tsv.Row> facts) {
		Tsv.Row titleRow = fact(facts, "確認表 本文 title");
		if (titleRow != null && titleRow.get("status").equals("confirmed")) {
			catalog.setTitle(titleRow.get("value"));
			if (!titleRow.get("value").equals(table.title)) {
				log.add(seedFile, table.titleLine, "title", table.title,
						"differs from document_facts.tsv; catalog title taken from document_facts.tsv");
			}
		} else {
			catalog.setTitle(table.title);
		}
		if (table.annexLine != null && table.subtitleLine != null) {
			Matcher subtitle = Pattern.compile("推奨される対応例").matcher(table.subtitleLine);
			subtitle.find();
			catalog.setSubtitle(table.annexLine.replaceAll("\\s+", "") + " " + subtitle.group());
		}
		Tsv.Row meetingRow = fact(facts, "meeting / publisher page");
		Tsv.Row materialRow = fact(facts, "推奨される対応例 title");
		Matcher meeting = meetingRow == null ? null : MEETING.matcher(meetingRow.get("value"));
		if (meeting != null && meeting.matches()) {
			catalog.setPublisher(meeting.group(4) + " (" + meeting.group(1) + ")");
			String material = "";
			String materialSource = "";
			Matcher materialMatcher = materialRow == null ? null : MATERIAL.matcher(materialRow.get("source"));
			if (materialMatcher != null && materialMatcher.matches()) {
				material = " " + materialMatcher.group(2);
				materialSource = "; text: " + materialMatcher.group(1) + " (" + materialMatcher.group(2) + ")";
			}
			catalog.setEdition(meeting.group(2) + " (" + meeting.group(3) + ")" + material);
			catalog.setSource(meeting.group(5) + materialSource);
			Tsv.Row year = fact(facts, "year of 第22回 WG (6/10)");
			if (year != null && !year.get("status").startsWith("confirmed")) {
				log.add(year.file(), year.line(), "edition", year.get("value"),
						"status '" + year.get("status") + "': the year is not put into Catalog.edition");
			}
		} else {
			log.add("document_facts.tsv", meetingRow == null ? 1 : meetingRow.line(), "publisher",
					meetingRow == null ? "no 'meeting / publisher page' row" : meetingRow.get("value"),
					"publisher, edition and source left empty");
		}
	}

	private static Tsv.Row fact(List<Tsv.Row> facts, String item) {
		return facts.stream().filter(r -> r.get("item").equals(item)).findFirst().orElse(null);
	}
}
