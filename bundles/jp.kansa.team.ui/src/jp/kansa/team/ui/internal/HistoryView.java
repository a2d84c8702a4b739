/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.team.EngagementHistory;
import jp.kansa.team.HistoryEntry;
import jp.kansa.team.TeamException;
import jp.kansa.team.TeamRepository;

/**
 * 履歴: for the check point, contract check or finding selected anywhere in the workbench, the
 * versions of the active engagement that changed it — when, who, and each change (old → new) —
 * read from the shared history in a job. Two versions selected can be compared as a whole.
 */
public final class HistoryView extends ViewPart {

	public static final String ID = "jp.kansa.team.ui.views.history"; //$NON-NLS-1$
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private Label title;
	private Tree tree;
	private Path file;
	private String elementId;
	private Job loading;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.WRAP);
		title.setText(Messages.historyNoSelection);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		tree.setHeaderVisible(true);
		for (String[] c : new String[][] { { Messages.historyColumnWhen, "130" }, { Messages.historyColumnWho, "160" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.historyColumnWhat, "520" } }) { //$NON-NLS-1$
			TreeColumn column = new TreeColumn(tree, SWT.LEFT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		Button compare = new Button(parent, SWT.PUSH);
		compare.setText(Messages.historyCompare);
		compare.addListener(SWT.Selection, e -> compareSelected());
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(listener);
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (editor != null) {
			selectionChanged(editor, editor.getSite().getSelectionProvider() == null ? null
					: editor.getSite().getSelectionProvider().getSelection());
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		Path active = TeamUi.fileOf(getSite().getPage().getActiveEditor());
		String id = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o ? idOf(o) : null;
		if (active == null || id == null || part == this) {
			return;
		}
		show(active, id);
	}

	/** The check point, contract check or finding id: every such element has an {@code id} attribute. */
	static String idOf(EObject object) {
		EStructuralFeature id = object.eClass().getEStructuralFeature("id"); //$NON-NLS-1$
		Object value = id == null ? null : object.eGet(id);
		return value instanceof String s && !s.isEmpty() ? s : null;
	}

	/** Shows the history of {@code id} in {@code engagementFile} (also for tests and the 履歴 command). */
	public void show(Path engagementFile, String id) {
		if (engagementFile.equals(file) && id.equals(elementId)) {
			return;
		}
		file = engagementFile;
		elementId = id;
		tree.removeAll();
		if (!TeamRepository.isShared(engagementFile)) {
			title.setText(NLS.bind(Messages.historyNotShared, engagementFile.getFileName()));
			return;
		}
		title.setText(NLS.bind(Messages.historyFor, id, engagementFile.getFileName()));
		if (loading != null) {
			loading.cancel();
		}
		loading = Job.create(NLS.bind(Messages.jobHistory, id), (IProgressMonitor monitor) -> {
			try {
				List<HistoryEntry> entries = new EngagementHistory(TeamUi.locale()).of(engagementFile, id);
				if (!monitor.isCanceled()) {
					tree.getDisplay().asyncExec(() -> fill(engagementFile, id, entries));
				}
			} catch (TeamException e) {
				tree.getDisplay().asyncExec(() -> {
					if (!title.isDisposed()) {
						title.setText(e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		loading.setSystem(true);
		loading.schedule();
	}

	private void fill(Path engagementFile, String id, List<HistoryEntry> entries) {
		if (tree.isDisposed() || !engagementFile.equals(file) || !id.equals(elementId)) {
			return;
		}
		tree.removeAll();
		for (HistoryEntry entry : entries) {
			TreeItem version = new TreeItem(tree, SWT.NONE);
			version.setData(entry);
			version.setText(new String[] { WHEN.format(entry.when()), entry.author(),
					entry.first() ? Messages.historyFirst + " — " + entry.subject() : entry.subject() }); //$NON-NLS-1$
			for (String line : entry.lines()) {
				TreeItem change = new TreeItem(version, SWT.NONE);
				change.setText(new String[] { "", "", line }); //$NON-NLS-1$ //$NON-NLS-2$
			}
			version.setExpanded(true);
		}
	}

	private void compareSelected() {
		List<HistoryEntry> chosen = java.util.Arrays.stream(tree.getSelection()).map(TreeItem::getData)
				.filter(HistoryEntry.class::isInstance).map(HistoryEntry.class::cast).toList();
		if (chosen.size() != 2 || file == null) {
			return;
		}
		HistoryEntry newer = chosen.get(0).when().isAfter(chosen.get(1).when()) ? chosen.get(0) : chosen.get(1);
		HistoryEntry older = newer == chosen.get(0) ? chosen.get(1) : chosen.get(0);
		try {
			EngagementComparison comparison = new EngagementHistory(TeamUi.locale()).compare(file, older.commit(), newer.commit());
			var lines = comparison.differences(jp.kansa.model.compare.DifferenceFilter.PEOPLE).stream().map(comparison::line)
					.toList();
			MessageDialog.openInformation(tree.getShell(), Messages.historyCompareTitle,
					lines.isEmpty() ? Messages.historyCompareNone : String.join("\n", lines.subList(0, Math.min(lines.size(), 60)))); //$NON-NLS-1$
		} catch (TeamException e) {
			MessageDialog.openError(tree.getShell(), Messages.historyCompareTitle, e.getMessage());
		}
	}

	public Tree tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(listener);
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}
}
