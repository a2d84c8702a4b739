/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jp.kansa.catalog.importer.internal.CatalogAssembler;
import jp.kansa.catalog.importer.internal.Documents;
import jp.kansa.catalog.importer.internal.GlossaryLinker;
import jp.kansa.catalog.importer.internal.SectionIndex;
import jp.kansa.catalog.importer.internal.SeedTable;
import jp.kansa.catalog.importer.internal.SeedTableReader;
import jp.kansa.catalog.importer.internal.Tsv;
import jp.kansa.model.Catalog;

/**
 * Imports the 確認表 別添1 (推奨される対応例) into the Kansa catalog model.
 * <p>
 * Plain Java and EMF only, so that it runs from the build (releng/import-catalog.sh) as well as
 * from the plug-in tests. Its outputs, the catalog and DATA-QUALITY.md, are committed: the
 * workbench ships the catalog as data and never parses the seed at run time.
 *
 * <pre>
 * CatalogImporter &lt;seed.txt&gt; &lt;domain-folder&gt; &lt;out.kansacatalog&gt; &lt;out-data-quality.md&gt;
 * </pre>
 */
public final class CatalogImporter {

	public static final String SECTIONS_TSV = "guideline_sections.tsv";
	public static final String GLOSSARY_TSV = "glossary.tsv";
	public static final String FACTS_TSV = "document_facts.tsv";

	private CatalogImporter() {
	}

	public static void main(String[] args) {
		if (args.length != 4) {
			System.err.println("usage: CatalogImporter <seed.txt> <domain-folder> <out.kansacatalog> <out-data-quality.md>");
			System.exit(2);
		}
		try {
			ImportResult result = importCatalog(Path.of(args[0]), Path.of(args[1]));
			CatalogWriter.write(result.catalog(), Path.of(args[2]));
			CatalogWriter.writeDataQuality(result.dataQualityMarkdown(), Path.of(args[3]));
			System.out.print(result.stats().describe());
			System.out.println("data-quality entries " + result.log().size());
			System.out.println("wrote " + args[2] + " and " + args[3]);
		} catch (CatalogImportException e) {
			System.err.println(e.getMessage());
			System.exit(1);
		} catch (IOException e) {
			System.err.println("I/O error: " + e);
			System.exit(1);
		}
	}

	/**
	 * Reads the seed and the domain TSVs in {@code domainDir}; writes nothing.
	 *
	 * @throws CatalogImportException if the seed or a TSV is malformed ({@code <file>:<line>: <reason>})
	 */
	public static ImportResult importCatalog(Path seed, Path domainDir) throws IOException, CatalogImportException {
		String seedFile = seed.getFileName().toString();
		DataQualityLog log = new DataQualityLog(List.of(seedFile, SECTIONS_TSV, GLOSSARY_TSV, FACTS_TSV));

		List<Tsv.Row> facts = Tsv.read(domainDir.resolve(FACTS_TSV), "item", "value", "status", "source");
		List<Tsv.Row> sectionRows = Tsv.read(domainDir.resolve(SECTIONS_TSV), "document", "編", "section", "title",
				"status", "source", "note");
		List<Tsv.Row> glossaryRows = Tsv.read(domainDir.resolve(GLOSSARY_TSV), "term", "definition", "status", "source");

		// Errors carry the seed path as given, so a reader can open it; the log keeps only the name,
		// so the committed log does not depend on the folder the import ran in.
		String seedPath = seed.toString();
		SeedTable table = new SeedTableReader(seedPath, seedFile, log).read(seed);

		Documents documents = new Documents(CatalogAssembler.providerEdition(facts, log));
		SectionIndex sections = new SectionIndex(documents, log);
		sections.load(sectionRows);
		GlossaryLinker glossary = new GlossaryLinker(glossaryRows, seedPath, seedFile, log);
		Catalog catalog = new CatalogAssembler(seedPath, seedFile, log, documents, sections, glossary)
				.assemble(table, facts);

		CatalogStats stats = CatalogStats.of(catalog);
		String markdown = DataQualityReport.render(seedFile, catalog, log, stats, glossary.marksRemoved());
		return new ImportResult(catalog, log, stats, glossary.marksRemoved(), markdown);
	}
}
