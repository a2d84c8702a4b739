/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.compare.merge.Conflict;
import jp.kansa.model.compare.merge.MergeResult;
import jp.kansa.model.json.Json;
import jp.kansa.team.internal.Messages;

/**
 * The conflicts a merge left for a person to decide, as the file {@code NAME.kansa.conflicts.json}
 * beside the engagement (never shared: {@code .gitignore} lists it). The sync writes it with the
 * stored versions the merge started from, so the workbench can merge again and apply what the
 * auditor chooses; {@code kansa merge} run by command-line git writes the same entries, and the
 * versions are then git's index stages.
 *
 * @param engagementFile the engagement the conflicts are in
 * @param base           blob id of the common version, {@code null} when git's index holds it
 * @param ours           blob id of this side's version
 * @param theirs         blob id of the other side's version
 * @param entries        every conflict and note, in the merge's order
 */
public record PendingConflicts(Path engagementFile, String base, String ours, String theirs, List<Entry> entries) {

	public static final String SUFFIX = ".conflicts.json"; //$NON-NLS-1$

	/**
	 * One conflict (a decision) or note, both sides as text.
	 */
	public record Entry(String kind, boolean decision, String id, String path, String field, String fieldLabel,
			String ours, String theirs, String newId) {
	}

	public static Path fileOf(Path engagementFile) {
		return engagementFile.resolveSibling(engagementFile.getFileName() + SUFFIX);
	}

	/** The conflicts pending for this engagement, or {@code null} when there are none. */
	public static PendingConflicts read(Path engagementFile) throws TeamException {
		Path file = fileOf(engagementFile);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
			List<Entry> entries = new ArrayList<>();
			for (Object o : (List<?>) json.get("conflicts")) { //$NON-NLS-1$
				Map<?, ?> c = (Map<?, ?>) o;
				entries.add(new Entry(text(c, "kind"), Boolean.TRUE.equals(c.get("decision")), text(c, "id"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						text(c, "path"), text(c, "field"), text(c, "fieldLabel"), text(c, "ours"), text(c, "theirs"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						text(c, "newId"))); //$NON-NLS-1$
			}
			return new PendingConflicts(engagementFile, text(json, "baseBlob"), text(json, "oursBlob"), //$NON-NLS-1$ //$NON-NLS-2$
					text(json, "theirsBlob"), List.copyOf(entries)); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new TeamException(NLS.bind(Messages.conflictsUnreadable, file, e.getMessage()), e);
		}
	}

	/** Writes the conflicts of {@code result} beside {@code engagementFile}; removes the file when none is left. */
	public static void write(Path engagementFile, String base, String ours, String theirs, MergeResult result)
			throws IOException {
		Path file = fileOf(engagementFile);
		if (result.isClean()) {
			Files.deleteIfExists(file);
			return;
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("file", engagementFile.getFileName().toString()); //$NON-NLS-1$
		report.put("baseBlob", base); //$NON-NLS-1$
		report.put("oursBlob", ours); //$NON-NLS-1$
		report.put("theirsBlob", theirs); //$NON-NLS-1$
		report.put("decisions", Integer.valueOf(result.decisions().size())); //$NON-NLS-1$
		report.put("conflicts", jsonEntries(result)); //$NON-NLS-1$
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(temp, Json.write(report), StandardCharsets.UTF_8);
		Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * The {@code conflicts} list of the file, one entry per conflict or note of the merge, as the
	 * sync writes it and as {@code kansa merge} (git's merge driver) does: {@link #read} reads both.
	 */
	public static List<Object> jsonEntries(MergeResult result) {
		List<Object> items = new ArrayList<>();
		for (Conflict c : result.conflicts()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("kind", c.kind().name()); //$NON-NLS-1$
			item.put("decision", Boolean.valueOf(c.kind().needsDecision())); //$NON-NLS-1$
			item.put("key", c.elementKey()); //$NON-NLS-1$
			item.put("id", c.elementId()); //$NON-NLS-1$
			item.put("path", c.path()); //$NON-NLS-1$
			item.put("field", c.field()); //$NON-NLS-1$
			item.put("fieldLabel", c.fieldLabel()); //$NON-NLS-1$
			item.put("ours", c.oursText()); //$NON-NLS-1$
			item.put("theirs", c.theirsText()); //$NON-NLS-1$
			item.put("newId", c.newId()); //$NON-NLS-1$
			item.put("kept", c.resolution().name()); //$NON-NLS-1$
			items.add(item);
		}
		return items;
	}

	/** The conflicts a person must decide (the notes need no answer). */
	public List<Entry> decisions() {
		return entries.stream().filter(Entry::decision).toList();
	}

	private static String text(Map<?, ?> map, String key) {
		Object v = map.get(key);
		return v == null ? null : v.toString();
	}
}
