/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.importer.xlsx.ApplyPolicy;
import jp.kansa.importer.xlsx.ImportPreview;
import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.importer.xlsx.WorkpaperImporter;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.Engagement;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.LastModifiedStamper;
import jp.kansa.model.json.Json;

/**
 * {@code import <file.kansa> <workpaper.xlsx> [--dry-run] [--format text|json]}: prints every
 * change and every problem, then (without --dry-run, and only when there is no problem) applies
 * the changes and saves the engagement atomically, keeping the previous file as .bak.
 * Exit 0 applied or nothing to do, 1 problems (nothing applied), 2 file refused or error.
 */
public final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return ImportMessages.importSummary;
	}

	@Override
	public String help() {
		return ImportMessages.importHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("format");
	}

	@Override
	public Set<String> flags() {
		return Set.of("dry-run");
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa", "workpaper.xlsx");
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().size() < arguments().size()) {
			throw new UsageException(NLS.bind(ImportMessages.usageMissingArgument,
					"<" + arguments().get(line.arguments().size()) + ">", name()));
		}
		String format = line.option("format", "text");
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException(NLS.bind(ImportMessages.usageBadImportFormat, format));
		}
		Path engagementFile = Path.of(line.arguments().get(0));
		Path workbook = Path.of(line.arguments().get(1));
		boolean dryRun = line.flag("dry-run");

		Engagement engagement;
		try {
			engagement = EngagementFiles.load(engagementFile);
		} catch (EngagementFileException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
		ImportPreview preview;
		try {
			preview = WorkpaperImporter.create().preview(workbook, engagement, EmbeddedCatalog.load());
		} catch (WorkpaperRefusedException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
		boolean apply = !dryRun && preview.canApply(ApplyPolicy.ALL_OR_NOTHING);
		if (apply) {
			// stamps lastModified on every changed check, so sign-offs made before show as stale
			engagement.eResource().eAdapters().add(new LastModifiedStamper());
			Engagement saved = ChangeRecorder.baseline(engagement);
			preview.applyHeadless(ApplyPolicy.ALL_OR_NOTHING);
			try {
				ChangeRecorder.record(saved, engagement, CliAuditor.who(), Instant.now());
				EngagementFiles.save(engagement);
			} catch (IOException e) {
				throw new CommandFailedException(NLS.bind(Messages.cannotWrite, engagementFile, OutputFile.reason(e)), e);
			}
		}
		if (format.equals("json")) {
			out.print(Json.write(json(preview, engagementFile, dryRun, apply)));
		} else {
			printText(preview, engagementFile, dryRun, apply, out);
		}
		return preview.hasProblems() ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private static void printText(ImportPreview preview, Path engagementFile, boolean dryRun, boolean applied,
			PrintStream out) {
		if (!preview.getChanges().isEmpty()) {
			out.println(NLS.bind(ImportMessages.changesHeading, preview.getChanges().size()));
			for (ProposedChange change : preview.getChanges()) {
				out.println("  " + change.location() + "  " + change.checkPointId() + "  " + change.contract().getTitle()
						+ "  " + change.field().label(java.util.Locale.JAPANESE) + ": " + shown(change.oldText()) + " → "
						+ shown(change.newText()));
			}
		}
		if (preview.hasProblems()) {
			out.println(NLS.bind(ImportMessages.problemsHeading, preview.getProblems().size()));
			for (ImportProblem problem : preview.getProblems()) {
				out.println("  " + problem.location() + "  " + NLS.bind(ImportMessages.problemLine, problem.expected(),
						problem.found() == null ? ImportMessages.emptyCell : problem.found()));
			}
		}
		String outcome;
		if (preview.hasProblems()) {
			outcome = NLS.bind(ImportMessages.outcomeProblems, preview.getProblems().size());
		} else if (preview.getChanges().isEmpty()) {
			outcome = ImportMessages.outcomeNoChanges;
		} else if (dryRun) {
			outcome = NLS.bind(ImportMessages.outcomeDryRun, preview.getChanges().size());
		} else {
			outcome = NLS.bind(ImportMessages.outcomeApplied, new Object[] { preview.getChanges().size(), engagementFile,
					EngagementFiles.backupOf(engagementFile) });
		}
		out.println(outcome);
	}

	/** Long comments are shown in full in JSON; on a terminal one line is enough. */
	private static String shown(String text) {
		String oneLine = text.isEmpty() ? "—" : text.replace('\n', '⏎');
		return oneLine.length() > 120 ? oneLine.substring(0, 119) + "…" : oneLine;
	}

	private static Map<String, Object> json(ImportPreview preview, Path engagementFile, boolean dryRun, boolean applied) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("engagement", engagementFile.toString());
		root.put("workbook", preview.getWorkbook().toString());
		root.put("dryRun", dryRun);
		root.put("applied", applied);
		root.put("changes", preview.getChanges().stream().map(c -> {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("sheet", c.sheet());
			change.put("cell", c.cell());
			change.put("checkPointId", c.checkPointId());
			change.put("contractId", c.contract().getId());
			change.put("contract", c.contract().getTitle());
			change.put("field", c.feature().getName());
			change.put("from", c.oldText());
			change.put("to", c.newText());
			return change;
		}).toList());
		root.put("problems", preview.getProblems().stream().map(p -> {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("sheet", p.sheet());
			problem.put("cell", p.cell());
			problem.put("expected", p.expected());
			problem.put("found", p.found());
			return problem;
		}).toList());
		return root;
	}
}
