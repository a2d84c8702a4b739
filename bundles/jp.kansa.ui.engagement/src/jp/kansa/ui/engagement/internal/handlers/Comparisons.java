/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.views.CompareMessages;
import jp.kansa.ui.engagement.internal.views.ComparisonView;

/** What both 比較 commands share: the engagement being edited, loading the other one, the view. */
final class Comparisons {

	private Comparisons() {
	}

	/** The engagement editor in front (also when 比較 itself has the focus), or null after saying so. */
	static EngagementEditor activeEngagement(IWorkbenchWindow window) {
		IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (active instanceof EngagementEditor editor && editor.engagement() != null) {
			return editor;
		}
		MessageDialog.openInformation(window.getShell(), CompareMessages.Compare_title,
				CompareMessages.Compare_noEngagement);
		return null;
	}

	/**
	 * Compares {@code olderFile} with the engagement as it is in the editor (unsaved edits included)
	 * and shows the result; a file that cannot be read is named with the reason, nothing else changes.
	 */
	static void show(IWorkbenchWindow window, EngagementEditor editor, Path olderFile, String olderName) {
		Engagement[] older = new Engagement[1];
		EngagementFileException[] failed = new EngagementFileException[1];
		BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
			try {
				older[0] = EngagementFiles.load(olderFile);
			} catch (EngagementFileException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			MessageDialog.openError(window.getShell(), CompareMessages.Compare_title,
					NLS.bind(CompareMessages.Compare_cannotOpen, failed[0].getMessage()));
			return;
		}
		EngagementComparison comparison = EngagementComparison.compare(older[0], editor.engagement(), Locale.getDefault());
		try {
			ComparisonView view = (ComparisonView) window.getActivePage().showView(ComparisonView.ID);
			view.show(olderName, editor.file().getFileName().toString(), comparison);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), CompareMessages.Compare_title,
					NLS.bind(CompareMessages.Compare_cannotOpen, e.getMessage()));
		}
	}
}
