/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.export.xlsx.ExportException;
import jp.kansa.export.xlsx.ExportMonitor;
import jp.kansa.export.xlsx.ExportOptions;
import jp.kansa.export.xlsx.WorkpaperExporter;
import jp.kansa.model.Engagement;

/**
 * {@code export FILE.kansa --output FILE.xlsx [--lang ja|en] [--compare PRIOR.kansa]}: the engagement's audit
 * workpaper, with a 比較 sheet of the differences from PRIOR when asked.
 */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return Messages.exportSummary;
	}

	@Override
	public String help() {
		return Messages.exportHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("output", "lang", "compare");
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		Path input = EngagementInput.path(line, name());
		String output = line.options().get("output");
		if (output == null || output.isEmpty() || output.equals("-")) {
			// a workbook is binary and written whole: it goes to a file, not to a terminal
			throw new UsageException(NLS.bind(Messages.usageMissingOption, "--output", name()));
		}
		String lang = line.option("lang", "ja");
		if (!lang.equals("ja") && !lang.equals("en")) {
			throw new UsageException(NLS.bind(Messages.usageBadLang, lang));
		}
		Engagement engagement = EngagementInput.load(input);
		ExportOptions options = ExportOptions.defaults().withLocale(Locale.forLanguageTag(lang));
		String prior = line.options().get("compare");
		if (prior != null) {
			// an unreadable prior fails before anything is written, naming the file (exit 2)
			options = options.withComparison(EngagementInput.load(Path.of(prior)));
		}
		ExportOptions chosen = options;
		OutputFile.write(output, stream -> {
			try {
				WorkpaperExporter.create().export(engagement, EmbeddedCatalog.load(), EngagementInput.folder(input), stream,
						chosen, ExportMonitor.NONE);
				Phases.mark("write"); //$NON-NLS-1$
			} catch (ExportException e) {
				if (e.getCause() instanceof IOException io) {
					throw io; // reported by OutputFile with the file name
				}
				throw new CommandFailedException(NLS.bind(Messages.cannotWrite, output, e.getMessage()), e);
			}
		});
		return ExitCode.OK;
	}
}
