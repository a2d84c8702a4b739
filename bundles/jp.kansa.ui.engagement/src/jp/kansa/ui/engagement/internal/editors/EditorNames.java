/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The tab names of the open engagement editors: the file's name, and when two open files share
 * it, preceded by as many of their folders as tell them apart ({@code 2025/sample.kansa} beside
 * {@code 2026/sample.kansa}). A year rolled forward keeps the file's name in a new folder, so the
 * auditor comparing the two years had two tabs — and two 検証結果 summaries — of the same name.
 * The folders come first because a narrow window cuts a tab's name at its end.
 */
final class EditorNames {

	private EditorNames() {
	}

	/**
	 * Renames the engagement editors open on {@code page}, {@code opening} among them (it may not
	 * be listed yet) and {@code closing} no longer.
	 */
	static void refresh(IWorkbenchPage page, EngagementEditor opening, EngagementEditor closing) {
		if (PlatformUI.getWorkbench().isClosing()) {
			return; // every editor goes: nobody reads the names
		}
		List<EngagementEditor> editors = new ArrayList<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof EngagementEditor editor && editor != closing && editor != opening && editor.file() != null) {
				editors.add(editor);
			}
		}
		if (opening != null) {
			editors.add(opening);
		}
		List<String> names = names(editors.stream().map(EngagementEditor::file).toList());
		for (int i = 0; i < editors.size(); i++) {
			editors.get(i).showName(names.get(i));
		}
	}

	/**
	 * One name per file, in order: its file name, preceded by the fewest of its last folders that
	 * no other file of the same name shares.
	 */
	static List<String> names(List<Path> files) {
		Map<String, List<Path>> byName = new LinkedHashMap<>();
		for (Path file : files) {
			byName.computeIfAbsent(fileName(file), k -> new ArrayList<>()).add(file);
		}
		List<String> names = new ArrayList<>();
		for (Path file : files) {
			List<Path> namesakes = byName.get(fileName(file));
			names.add(namesakes.size() == 1 ? fileName(file) : folders(file, namesakes).resolve(fileName(file)).toString());
		}
		return names;
	}

	/** The shortest tail of {@code file}'s folder that none of its namesakes' folders ends with. */
	private static Path folders(Path file, List<Path> namesakes) {
		Path folder = file.getParent();
		if (folder == null) {
			return Path.of(""); //$NON-NLS-1$
		}
		for (int count = 1; count <= folder.getNameCount(); count++) {
			Path tail = folder.subpath(folder.getNameCount() - count, folder.getNameCount());
			if (namesakes.stream().filter(other -> other != file).noneMatch(other -> endsWith(other.getParent(), tail))) {
				return tail;
			}
		}
		return folder;
	}

	private static boolean endsWith(Path folder, Path tail) {
		return folder != null && folder.endsWith(tail);
	}

	private static String fileName(Path file) {
		return file.getFileName() == null ? file.toString() : file.getFileName().toString();
	}
}
