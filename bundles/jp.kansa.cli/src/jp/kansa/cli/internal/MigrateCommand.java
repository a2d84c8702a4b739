/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.edition.EditionHistory;
import jp.kansa.model.edition.EditionMapping;
import jp.kansa.model.edition.EditionMappingException;
import jp.kansa.model.edition.EditionMappingReader;
import jp.kansa.model.edition.MigrationReport;
import jp.kansa.model.compare.log.PreparedMigration;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.resource.KansaResources;

/**
 * {@code migrate ENG.kansa --mapping MAP --output NEW.kansa [--catalog NEW.kansacatalog]}: the
 * engagement moved to the next 確認表 edition by an edition mapping, with every moved and
 * orphaned check listed. The new edition's catalog (to find ids the mapping misses) is the
 * embedded one when the mapping leads to its edition, else {@code --catalog}. The migration is
 * appended to the 変更履歴 (as {@code KANSA_AUDITOR}), so the new file does not read as changed
 * outside the tool. Exit 0 written with
 * nothing orphaned or to review, 1 written with orphans or checks to review, 2 refused.
 */
public final class MigrateCommand implements Command {

	@Override
	public String name() {
		return "migrate"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return MigrateMessages.summary;
	}

	@Override
	public String help() {
		return MigrateMessages.help + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("mapping", "output", "catalog"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public List<String> arguments() {
		return List.of("engagement.kansa"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		Path input = EngagementInput.path(line, name());
		String mappingFile = required(line, "mapping"); //$NON-NLS-1$
		String output = required(line, "output"); //$NON-NLS-1$
		EditionMapping mapping = mapping(mappingFile);
		Catalog target = targetCatalog(line.options().get("catalog"), mapping); //$NON-NLS-1$
		MigrationReport report;
		try {
			// the workbench's カタログ版の移行 goes the same way: migrated in memory, logged, written
			PreparedMigration prepared = PreparedMigration.of(input, mapping, target, Locale.getDefault());
			prepared.write(Path.of(output), false, CliAuditor.who(), Instant.now(), Locale.getDefault());
			report = prepared.report();
		} catch (EditionMappingException | EngagementFileException e) {
			throw new CommandFailedException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, output, OutputFile.reason(e)), e);
		}
		out.println(NLS.bind(MigrateMessages.written, input, output));
		out.println(report.summary(Locale.getDefault()));
		if (target == null) {
			out.println(MigrateMessages.noCatalog);
		}
		for (String text : report.lines(Locale.getDefault())) {
			out.println("  " + text); //$NON-NLS-1$
		}
		return report.orphaned().isEmpty() && report.reviewNeeded().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
	}

	private String required(CommandLine line, String option) throws UsageException {
		String value = line.options().get(option);
		if (value == null || value.isEmpty() || value.equals("-")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(Messages.usageMissingOption, "--" + option, name())); //$NON-NLS-1$
		}
		return value;
	}

	/** Reads a mapping; its problems name file and line. */
	static EditionMapping mapping(String file) throws CommandFailedException {
		try {
			return EditionMappingReader.read(Path.of(file), Locale.getDefault());
		} catch (EditionMappingException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
	}

	/** The mappings named by a comma-separated option value, oldest first. */
	static EditionHistory history(String files) throws CommandFailedException {
		List<EditionMapping> mappings = new ArrayList<>();
		if (files != null) {
			for (String file : files.split(",")) { //$NON-NLS-1$
				if (!file.isBlank()) {
					mappings.add(mapping(file.strip()));
				}
			}
		}
		return new EditionHistory(mappings);
	}

	private static Catalog targetCatalog(String file, EditionMapping mapping) throws CommandFailedException {
		if (file == null) {
			Catalog embedded = EmbeddedCatalog.load();
			return mapping.toEdition().equals(embedded.getEdition()) ? embedded : null;
		}
		try {
			Resource resource = KansaResources.createResourceSet()
					.getResource(URI.createFileURI(Path.of(file).toAbsolutePath().toString()), true);
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Catalog catalog) {
				return catalog;
			}
		} catch (RuntimeException e) {
			throw new CommandFailedException(NLS.bind(MigrateMessages.badCatalog, file, e.getMessage()), e);
		}
		throw new CommandFailedException(NLS.bind(MigrateMessages.badCatalog, file, MigrateMessages.notCatalog), null);
	}
}
