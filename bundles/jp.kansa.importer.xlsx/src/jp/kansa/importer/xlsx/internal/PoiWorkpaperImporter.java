/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.ImportPreview;
import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.importer.xlsx.WorkpaperImporter;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.importer.xlsx.WorkpaperTemplate;
import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.Part;
import jp.kansa.model.engagement.ContractCheckIndex;

/** The POI (streaming, SAX) implementation of {@link WorkpaperImporter}. */
public final class PoiWorkpaperImporter implements WorkpaperImporter {

	private final ImportLimits limits;
	private final Clock clock;

	public PoiWorkpaperImporter(ImportLimits limits) {
		this(limits, Clock.systemUTC());
	}

	public PoiWorkpaperImporter(ImportLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	@Override
	public ImportPreview preview(Path workbook, Engagement engagement, Catalog catalog) throws WorkpaperRefusedException {
		PoiLogging.quiet();
		FileScreen.check(workbook, limits);
		ZipScreen.check(workbook, limits);
		PoiZipLimits.apply(limits);
		List<ProposedChange> changes = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		try (WorkbookStream stream = WorkbookStream.open(workbook, limits)) {
			Locale locale = language(stream.sheetNames(), catalog);
			Map<String, Part> partsBySheet = new HashMap<>();
			for (Part part : catalog.getParts()) {
				String name = WorkpaperTemplate.partSheetName(part.getNumber(), locale);
				if (stream.sheetNames().contains(name)) {
					partsBySheet.put(name, part);
				} else {
					problems.add(new ImportProblem(name, null, NLS.bind(Messages.expectedSheet, name),
							Texts.shortened(String.join(", ", stream.sheetNames()))));
				}
			}
			EngagementLookup lookup = new EngagementLookup(engagement);
			ContractCheckIndex checks = ContractCheckIndex.of(engagement);
			List<PartSheetReader> readers = new ArrayList<>();
			stream.read(sheet -> {
				Part part = partsBySheet.get(sheet);
				if (part == null) {
					return null;
				}
				PartSheetReader reader = new PartSheetReader(sheet, locale, new PartRows(part), lookup, checks,
						limits.maxCellChars(), changes, problems);
				readers.add(reader);
				return reader;
			});
			readers.forEach(PartSheetReader::finish);
		}
		return new ImportPreview(workbook, engagement, changes, problems, clock.instant());
	}

	/** English when the sheets are named in English, Japanese otherwise (the default of the export). */
	private static Locale language(List<String> sheetNames, Catalog catalog) {
		for (Part part : catalog.getParts()) {
			if (sheetNames.contains(WorkpaperTemplate.partSheetName(part.getNumber(), Locale.ENGLISH))) {
				return Locale.ENGLISH;
			}
		}
		return Locale.JAPANESE;
	}
}
