/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.log.ChangeLogMerge;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.compare.merge.Conflict;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.compare.merge.ModelMerge;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.json.Json;
import jp.kansa.team.PendingConflicts;

/**
 * {@code merge BASE OURS THEIRS [--output FILE] [--path NAME]}: the three-way model merge as a git
 * merge driver ({@code merge.kansa.driver = kansa-cli.sh merge %O %A %B --path %P}). The result
 * goes to OURS (git's %A) unless --output says otherwise. Exit 0 when nothing is left to decide,
 * 1 when conflicts remain: the result is then still a valid engagement holding ours' side of
 * each conflict, and {@code NAME.conflicts.json} beside it lists every conflict with both values
 * (and the notes: renumbered ids, evidence kept twice, stale sign-offs) for the workbench to
 * resolve. Run by git (--path given), no backup of git's temporary %A is left beside it; run by
 * hand, the previous OURS stays as its backup. Exit 2 when an input cannot be read (or is of a model version this Kansa does not
 * know) or the result cannot be written; nothing is written then.
 */
public final class MergeCommand implements Command {

	/** Suffix of the conflict list written beside a conflicted result. */
	public static final String CONFLICTS_SUFFIX = PendingConflicts.SUFFIX;

	private static final Pattern NS_URI = Pattern.compile("http://www\\.kansa\\.jp/model/kansa/([0-9][0-9.]*)"); //$NON-NLS-1$

	@Override
	public String name() {
		return "merge"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return MergeMessages.mergeSummary;
	}

	@Override
	public String help() {
		return MergeMessages.mergeHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("output", "path"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<String> arguments() {
		return List.of("base.kansa", "ours.kansa", "theirs.kansa"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().size() < arguments().size()) {
			throw new UsageException(NLS.bind(MergeMessages.usageMissingArgument,
					"<" + arguments().get(line.arguments().size()) + ">", name())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Engagement> versions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Path file = Path.of(line.arguments().get(i));
			checkVersion(file);
			versions.add(EngagementInput.load(file));
		}
		MergeResult result = ModelMerge.merge(versions.get(0), versions.get(1), versions.get(2));
		// the merged file keeps ours' 変更履歴, then theirs' entries since the two parted, in that order
		ChangeLogMerge.record(versions.get(2), result.merged(), CliAuditor.who(), Instant.now());

		Path target = Path.of(line.option("output", line.arguments().get(1))); //$NON-NLS-1$
		Path conflictsFile = Path.of(line.option("path", target.toString()) + CONFLICTS_SUFFIX); //$NON-NLS-1$
		try {
			boolean hadBackup = Files.exists(EngagementFiles.backupOf(target));
			EngagementFiles.save(result.merged().eResource(), target);
			if (line.options().containsKey("path") && !hadBackup) { //$NON-NLS-1$
				// as git's driver: %A is git's temporary copy of ours, which stays in git's history
				Files.deleteIfExists(EngagementFiles.backupOf(target));
			}
			if (result.conflicts().isEmpty()) {
				Files.deleteIfExists(conflictsFile);
			} else {
				Files.writeString(conflictsFile, json(line, result), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(MergeMessages.mergeCannotWrite, target, e.getMessage()), e);
		}
		for (Conflict conflict : result.conflicts()) {
			out.println(text(conflict));
		}
		if (result.isClean()) {
			out.println(NLS.bind(MergeMessages.mergeClean, target));
			return ExitCode.OK;
		}
		out.println(NLS.bind(MergeMessages.mergeConflicts,
				new Object[] { target, Integer.valueOf(result.decisions().size()), conflictsFile }));
		return ExitCode.FINDINGS;
	}

	/**
	 * Refuses a file of a model version this Kansa does not know before EMF reads it (EMF would
	 * only say that a package is missing). 1.0 files are migrated by the loader.
	 */
	static void checkVersion(Path file) throws CommandFailedException {
		byte[] head = new byte[4096];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		} catch (IOException e) {
			return; // the loader reports a missing or unreadable file with its own message
		}
		Matcher m = NS_URI.matcher(new String(head, 0, read, StandardCharsets.UTF_8));
		if (!m.find()) {
			return;
		}
		String uri = m.group();
		if (!uri.equals(KansaPackage.eNS_URI) && !uri.equals(KansaResources.NS_URI_1_0)) {
			throw new CommandFailedException(NLS.bind(MergeMessages.mergeUnknownVersion,
					new Object[] { file, m.group(1), known() }), null);
		}
	}

	private static String known() {
		return KansaResources.NS_URI_1_0.substring(KansaResources.NS_URI_1_0.lastIndexOf('/') + 1) + ", " //$NON-NLS-1$
				+ KansaPackage.eNS_URI.substring(KansaPackage.eNS_URI.lastIndexOf('/') + 1);
	}

	private static String text(Conflict c) {
		String ours = c.oursText() == null || c.oursText().isEmpty() ? MergeMessages.mergeRemoved : c.oursText();
		String theirs = c.theirsText() == null || c.theirsText().isEmpty() ? MergeMessages.mergeRemoved : c.theirsText();
		return switch (c.kind()) {
		case FIELD -> NLS.bind(MergeMessages.conflictField, new Object[] { c.path(), c.fieldLabel(), ours, theirs });
		case EDIT_DELETE -> NLS.bind(MergeMessages.conflictEditDelete, new Object[] { c.path(), ours, theirs });
		case REFERENCE_TO_DELETED -> NLS.bind(MergeMessages.conflictReferenceToDeleted,
				new Object[] { c.path(), c.fieldLabel(), ours, theirs });
		case RENUMBERED -> NLS.bind(MergeMessages.noteRenumbered, new Object[] { c.path(), c.elementId(), c.newId() });
		case EVIDENCE_BOTH_KEPT -> NLS.bind(MergeMessages.noteEvidenceBothKept,
				new Object[] { c.path(), c.newId(), c.theirsText() });
		case SIGN_OFF_STALE -> NLS.bind(MergeMessages.noteSignOffStale, c.elementId(), c.oursText());
		};
	}

	/** The conflict list the workbench reads: file names, then one entry per conflict or note. */
	private static String json(CommandLine line, MergeResult result) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("base", line.arguments().get(0)); //$NON-NLS-1$
		report.put("ours", line.arguments().get(1)); //$NON-NLS-1$
		report.put("theirs", line.arguments().get(2)); //$NON-NLS-1$
		report.put("decisions", Integer.valueOf(result.decisions().size())); //$NON-NLS-1$
		report.put("conflicts", PendingConflicts.jsonEntries(result)); //$NON-NLS-1$
		return Json.write(report);
	}
}
