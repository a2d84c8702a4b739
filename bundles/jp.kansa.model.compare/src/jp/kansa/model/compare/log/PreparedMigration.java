/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.log;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMigration;
import jp.kansa.model.edition.MigrationReport;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * An engagement moved to another catalog edition in memory ({@link EditionMigration#migrate}), so
 * that its report can be shown before anything is written, then written to a file with the
 * migration in its 変更履歴 — without that entry the migrated file would read as changed outside the
 * tool. The workbench's カタログ版の移行 goes through here.
 */
public final class PreparedMigration {

	private final Engagement saved;
	private final Engagement migrated;
	private final MigrationReport report;

	private PreparedMigration(Engagement saved, Engagement migrated, MigrationReport report) {
		this.saved = saved;
		this.migrated = migrated;
		this.report = report;
	}

	/**
	 * Reads {@code source} and migrates it in memory; the file is not touched.
	 *
	 * @throws EditionMappingException the engagement records another edition than the mapping's from-edition
	 * @throws EngagementFileException the file cannot be read (the message names it and where)
	 */
	public static PreparedMigration of(Path source, EditionMapping mapping, Catalog target, Locale locale)
			throws EditionMappingException, EngagementFileException {
		Engagement engagement = EngagementFiles.load(source.toAbsolutePath().normalize());
		Engagement saved = ChangeRecorder.baseline(engagement);
		MigrationReport report = EditionMigration.migrate(engagement, mapping, target, locale);
		return new PreparedMigration(saved, engagement, report);
	}

	public MigrationReport report() {
		return report;
	}

	/**
	 * Writes the migrated engagement to {@code output} (atomically, as every save), the migration
	 * logged as {@code who} at {@code when}. An existing file is replaced only when
	 * {@code overwrite} says the user agreed (its previous version is kept as {@code .bak}).
	 */
	public void write(Path output, boolean overwrite, String who, Instant when, Locale locale) throws IOException {
		Path destination = output.toAbsolutePath().normalize();
		if (!overwrite && Files.exists(destination)) {
			ResourceBundle messages = ResourceBundle.getBundle("jp.kansa.model.edition.messages", locale, //$NON-NLS-1$
					EditionMigration.class.getClassLoader());
			throw new FileAlreadyExistsException(destination.toString(), null, messages.getString("migrate.exists")); //$NON-NLS-1$
		}
		ChangeRecorder.record(saved, migrated, who, when);
		Files.createDirectories(destination.getParent());
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(destination.toString()));
		resource.getContents().add(migrated);
		EngagementFiles.save(resource, destination);
	}
}
