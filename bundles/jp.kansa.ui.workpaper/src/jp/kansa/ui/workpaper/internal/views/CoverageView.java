/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.views;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.engagement.GuidelineCoverage;
import jp.kansa.ui.workpaper.internal.handlers.ActiveEngagement;
import jp.kansa.ui.workpaper.internal.i18n.Messages;

/**
 * ガイドラインカバレッジ: the {@link Coverage} of the engagement in the active engagement editor,
 * recomputed when another editor comes to the front and, debounced, after edits. A line above
 * the tree says what is counted ({@link GuidelineCoverage#definition}); a section opens (expand
 * or double-click) to the check points citing it and the assessment of each of their checks.
 */
public class CoverageView extends ViewPart {

	public static final String ID = "jp.kansa.ui.workpaper.views.coverage"; //$NON-NLS-1$

	/** Edits come in bursts (an import, typing in a cell); one recomputation after the burst is enough. */
	static final int DEBOUNCE_MILLIS = 300;

	private final CommandStackListener stackListener = event -> scheduleRefresh();
	private final Runnable refresh = this::refresh;
	private final IPartListener2 partListener = new EditorTracker();
	private StackLayout stack;
	private Composite body;
	private Label hint;
	private Composite content;
	private Label definition;
	private TreeViewer viewer;
	private ActiveEngagement shown;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		body.setLayout(stack);
		hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.CoverageView_hint);
		content = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(content);
		// says what the numbers count, in the words the workpaper's サマリー uses too
		definition = new Label(content, SWT.WRAP);
		definition.setText(GuidelineCoverage.definition(Locale.getDefault()) + ' ' + Messages.CoverageView_drillDown);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(definition);
		Composite treeHolder = new Composite(content, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(treeHolder);
		TreeColumnLayout layout = new TreeColumnLayout();
		treeHolder.setLayout(layout);
		viewer = new TreeViewer(treeHolder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new RowContent());
		viewer.addDoubleClickListener(this::toggle);
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMaximumFractionDigits(0);
		Locale locale = Locale.getDefault();
		column(layout, Messages.CoverageView_target, 6, SWT.LEFT, Coverage.Row::label, null);
		column(layout, GuidelineCoverage.heading("checkPoints", locale), 2, SWT.RIGHT, //$NON-NLS-1$
				r -> r.isCheckPoint() ? "" : Integer.toString(r.tally().checkPoints()), null); //$NON-NLS-1$
		column(layout, GuidelineCoverage.heading("checks", locale), 2, SWT.RIGHT, //$NON-NLS-1$
				r -> Integer.toString(r.tally().checks()), null);
		column(layout, GuidelineCoverage.heading("conforming", locale), 1, SWT.RIGHT, //$NON-NLS-1$
				r -> Integer.toString(r.tally().conforming()), null);
		column(layout, GuidelineCoverage.heading("notConforming", locale), 1, SWT.RIGHT, //$NON-NLS-1$
				r -> Integer.toString(r.tally().notConforming()), null);
		column(layout, GuidelineCoverage.heading("rate", locale), 1, SWT.RIGHT, //$NON-NLS-1$
				r -> r.tally().checks() == 0 ? Messages.CoverageView_noChecks : percent.format(r.tally().rate()),
				r -> r.tally().checks() == 0 ? null : RateColours.of(r.tally().rate()));
		column(layout, Messages.CoverageView_status, 4, SWT.LEFT, Coverage.Row::status, null);
		getSite().getPage().addPartListener(partListener);
		show(ActiveEngagement.of(getSite().getPage().getActiveEditor()));
	}

	/** Double-click opens a section to the check points citing it, and closes it again. */
	private void toggle(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (element instanceof Coverage.Row row && !row.children().isEmpty()) {
			viewer.setExpandedState(row, !viewer.getExpandedState(row));
		}
	}

	private void column(TreeColumnLayout layout, String title, int weight, int align,
			Function<Coverage.Row, String> text, Function<Coverage.Row, Color> background) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, align);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Coverage.Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				return background == null ? null : background.apply((Coverage.Row) element);
			}
		});
	}

	/** Follows the given engagement, or shows the hint when there is none. */
	private void show(ActiveEngagement next) {
		if (shown != null && next != null && shown.editor() == next.editor()) {
			return;
		}
		if (shown != null) {
			shown.domain().getCommandStack().removeCommandStackListener(stackListener);
		}
		shown = next;
		if (shown != null) {
			shown.domain().getCommandStack().addCommandStackListener(stackListener);
		}
		refresh();
	}

	private void scheduleRefresh() {
		if (!body.isDisposed()) {
			// re-arming the timer pushes the refresh past the end of the burst
			body.getDisplay().timerExec(DEBOUNCE_MILLIS, refresh);
		}
	}

	/** Recomputes now; tests call it instead of waiting for the debounce. */
	public void refresh() {
		if (body == null || body.isDisposed()) {
			return;
		}
		if (shown == null) {
			viewer.setInput(List.of());
			stack.topControl = hint;
		} else {
			Object[] expanded = viewer.getExpandedElements();
			viewer.setInput(Coverage.compute(shown.engagement(), EmbeddedCatalog.load()));
			viewer.expandToLevel(2);
			reexpand(expanded);
			stack.topControl = content;
		}
		body.layout(true, true);
	}

	/** Rows are recomputed as new records; expand again the ones showing the same targets. */
	private void reexpand(Object[] expanded) {
		for (Object old : expanded) {
			Object target = ((Coverage.Row) old).element();
			for (var item : viewer.getTree().getItems()) {
				expandMatching(item, target);
			}
		}
	}

	private void expandMatching(org.eclipse.swt.widgets.TreeItem item, Object target) {
		if (item.getData() instanceof Coverage.Row row && row.element() == target) {
			viewer.setExpandedState(row, true);
		}
		for (var child : item.getItems()) {
			expandMatching(child, target);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** The line above the tree that says what the numbers count. */
	public Label definition() {
		return definition;
	}

	/** Whether the hint (no engagement editor active) is what the view shows. */
	public boolean showsHint() {
		return stack.topControl == hint;
	}

	@Override
	public void setFocus() {
		(shown == null ? hint : viewer.getControl()).setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (shown != null) {
			shown.domain().getCommandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
	}

	private final class EditorTracker implements IPartListener2 {

		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part instanceof IEditorPart editor) {
				show(ActiveEngagement.of(editor));
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			partActivated(ref);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (shown != null && ref.getPart(false) == shown.editor()) {
				show(ActiveEngagement.of(getSite().getPage().getActiveEditor()));
			}
		}
	}

	private static final class RowContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Coverage.Row) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Coverage.Row) element).children().isEmpty();
		}
	}
}
