/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.importer.xlsx.internal.PoiWorkpaperImporter;
import jp.kansa.model.Catalog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFiles;

/** The shipped sample engagement, copied into a test folder, and the embedded catalog. */
final class Fixture {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");
	static final Instant READ_AT = Instant.parse("2025-10-01T00:00:00Z");

	final Catalog catalog = EmbeddedCatalog.load();
	final Path engagementFile;
	final Engagement engagement;
	/** The engagement as loaded, to compare with after a refusal or an undo. */
	final Engagement original;

	Fixture(Path folder) throws IOException {
		engagementFile = folder.resolve("sample-hospital.kansa");
		Files.copy(SAMPLE, engagementFile, StandardCopyOption.REPLACE_EXISTING);
		engagement = EngagementFiles.load(engagementFile);
		original = EcoreUtil.copy(engagement);
	}

	static WorkpaperImporter importer() {
		return importer(ImportLimits.defaults());
	}

	static WorkpaperImporter importer(ImportLimits limits) {
		return new PoiWorkpaperImporter(limits, Clock.fixed(READ_AT, ZoneOffset.UTC));
	}

	TemplateWorkbook workbook() {
		return new TemplateWorkbook(catalog, engagement);
	}

	ImportPreview preview(Path workbook) throws WorkpaperRefusedException {
		return importer().preview(workbook, engagement, catalog);
	}

	static EditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
	}

	boolean unchanged() {
		return EcoreUtil.equals(original, engagement);
	}

	static ContractCheck check(Engagement engagement, String contractId, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract().getId().equals(contractId) && c.getCheckPointId().equals(checkPointId))
				.findFirst().orElseThrow();
	}
}
