/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.DifferenceKind;
import jp.kansa.model.compare.EngagementComparison;

/**
 * 比較: the differences between another engagement (or another version of this one) and the
 * engagement being edited, one row per check point × contract × field, party, contract, clause,
 * finding or evidence changed — old → new. The rows are {@link EngagementComparison}'s, with the
 * tool's own {@code lastModified} stamps left out, exactly what {@code kansa diff} lists; the filter
 * row narrows them by kind, element, check point and words.
 */
public class ComparisonView extends ViewPart {

	public static final String ID = "jp.kansa.ui.engagement.views.comparison"; //$NON-NLS-1$

	private static final DifferenceKind[] KINDS = { null, DifferenceKind.ADDED, DifferenceKind.REMOVED,
			DifferenceKind.CHANGED };

	private Composite parent;
	private Control lastFocus;
	private Label heading;
	private Combo kind;
	private Combo element;
	private Text checkPoint;
	private Text search;
	private Label count;
	private TableViewer viewer;

	private EngagementComparison comparison;
	private List<Difference> all = List.of();
	private final List<String> elementKinds = new ArrayList<>();
	private List<Difference> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		this.parent = parent;
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		heading = new Label(top, SWT.WRAP);
		heading.setText(CompareMessages.Comparison_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		count = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(count);

		// two short rows rather than one long one: the view often sits in a narrow stack
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText(CompareMessages.Comparison_kind);
		kind = new Combo(filters, SWT.READ_ONLY);
		kind.setItems(CompareMessages.Comparison_allKinds, CompareMessages.Comparison_added,
				CompareMessages.Comparison_removed, CompareMessages.Comparison_changed);
		kind.select(0);
		new Label(filters, SWT.NONE).setText(CompareMessages.Comparison_element);
		element = new Combo(filters, SWT.READ_ONLY);
		element.setItems(CompareMessages.Comparison_allElements);
		element.select(0);
		new Label(filters, SWT.NONE).setText(CompareMessages.Comparison_checkPoint);
		checkPoint = new Text(filters, SWT.BORDER);
		checkPoint.setMessage("2-A-9"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(checkPoint);
		new Label(filters, SWT.NONE).setText(CompareMessages.Comparison_search);
		search = new Text(filters, SWT.BORDER);
		search.setMessage(CompareMessages.Comparison_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(search);

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(CompareMessages.Comparison_colKind, 64, this::kindLabel);
		column(CompareMessages.Comparison_colElement, 90, d -> d.element().kindLabel());
		column(CompareMessages.Comparison_colPath, 170, d -> d.element().path());
		column(CompareMessages.Comparison_colField, 120, d -> d.fieldLabel() == null ? "" : d.fieldLabel()); //$NON-NLS-1$
		column(CompareMessages.Comparison_colOld, 240, d -> oneLine(d.oldText()));
		column(CompareMessages.Comparison_colNew, 240, d -> oneLine(d.newText()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		Listener remember = e -> lastFocus = (Control) e.widget;
		for (Control control : new Control[] { kind, element, checkPoint, search, table }) {
			control.addListener(SWT.FocusIn, remember);
		}
		kind.addListener(SWT.Selection, e -> refilter());
		element.addListener(SWT.Selection, e -> refilter());
		checkPoint.addListener(SWT.Modify, e -> refilter());
		search.addListener(SWT.Modify, e -> refilter());
		refilter();
	}

	private void column(String title, int width, Function<Difference, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object row) {
				return text.apply((Difference) row);
			}

			@Override
			public String getToolTipText(Object row) {
				Difference d = (Difference) row;
				return comparison == null ? null : comparison.line(d);
			}
		});
	}

	/**
	 * Shows a comparison: {@code older} is what the engagement is compared with (another file, the
	 * prior year), {@code newer} the engagement being edited.
	 */
	public void show(String olderName, String newerName, EngagementComparison result) {
		this.comparison = result;
		this.all = result.differences(DifferenceFilter.PEOPLE);
		heading.setText(NLS.bind(CompareMessages.Comparison_heading, olderName, newerName));
		Map<String, String> kinds = new LinkedHashMap<>();
		all.forEach(d -> kinds.putIfAbsent(d.element().kind(), d.element().kindLabel()));
		elementKinds.clear();
		elementKinds.add(null);
		elementKinds.addAll(kinds.keySet());
		List<String> items = new ArrayList<>();
		items.add(CompareMessages.Comparison_allElements);
		items.addAll(kinds.values());
		element.setItems(items.toArray(String[]::new));
		element.select(0);
		kind.select(0);
		checkPoint.setText(""); //$NON-NLS-1$
		search.setText(""); //$NON-NLS-1$
		parent.layout(true, true);
		refilter();
	}

	private void refilter() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		ComparisonFilter filter = filter();
		shown = all.stream().filter(filter).toList();
		viewer.setInput(shown);
		count.setText(comparison == null ? "" //$NON-NLS-1$
				: NLS.bind(CompareMessages.Comparison_count, shown.size(), all.size()));
		count.getParent().layout(true);
	}

	ComparisonFilter filter() {
		int k = kind.getSelectionIndex();
		int e = element.getSelectionIndex();
		return new ComparisonFilter(k <= 0 ? null : KINDS[k], e <= 0 || e >= elementKinds.size() ? null : elementKinds.get(e),
				checkPoint.getText(), search.getText());
	}

	private String kindLabel(Difference d) {
		return switch (d.kind()) {
		case ADDED -> CompareMessages.Comparison_added;
		case REMOVED -> CompareMessages.Comparison_removed;
		case CHANGED -> CompareMessages.Comparison_changed;
		};
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replace("\r\n", "⏎").replace('\n', '⏎'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The comparison shown, null before the first. */
	public EngagementComparison comparison() {
		return comparison;
	}

	/** The rows after the filters, in table order. */
	public List<Difference> shownDifferences() {
		return shown;
	}

	public Table table() {
		return viewer.getTable();
	}

	public Label heading() {
		return heading;
	}

	public Label countLabel() {
		return count;
	}

	public Combo kindCombo() {
		return kind;
	}

	public Combo elementCombo() {
		return element;
	}

	public Text checkPointField() {
		return checkPoint;
	}

	public Text searchField() {
		return search;
	}

	/**
	 * Keeps the focus where the auditor put it: the workbench calls this whenever the window is
	 * activated again (a combo's list closing does that), and moving the focus to the table then
	 * would take it out of the filter being used.
	 */
	@Override
	public void setFocus() {
		for (Control focus = parent.getDisplay().getFocusControl(); focus != null; focus = focus.getParent()) {
			if (focus == parent) {
				return;
			}
		}
		Control target = lastFocus != null && !lastFocus.isDisposed() ? lastFocus : viewer.getTable();
		target.setFocus();
	}
}
