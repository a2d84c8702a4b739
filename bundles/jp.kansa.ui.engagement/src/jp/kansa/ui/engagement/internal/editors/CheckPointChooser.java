/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.TitleMessageHeight;
import jp.kansa.model.CheckPoint;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Picks check points of the 確認表 by 項番 or by words of their text, so that a finding names
 * check points that exist instead of ids typed from memory. Double-click picks one row; OK picks
 * the selected rows.
 */
public final class CheckPointChooser extends TitleAreaDialog {

	private final Set<String> alreadyChosen;
	private Text filter;
	private TableViewer table;
	private List<String> result = List.of();

	public CheckPointChooser(Shell parent, Collection<String> alreadyChosen) {
		super(parent);
		this.alreadyChosen = Set.copyOf(alreadyChosen);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CheckPointChooser_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.CheckPointChooser_title);
		setMessage(Messages.CheckPointChooser_message);
		Composite area = (Composite) super.createDialogArea(parent);
		TitleMessageHeight.follow(getShell()); // its messages are Japanese too: two whole lines
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout());
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		filter = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.CheckPointChooser_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.CheckPointChooser_number, 110, c -> c.getId());
		column(Messages.CheckPointChooser_item, 220, c -> c.getItem().getTitle());
		column(Messages.CheckPointChooser_content, 520, c -> ModelLabels.shorten(c.getContent(), 400));
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table); // the whole text of a long check point
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				return matches((CheckPoint) element, filter.getText());
			}
		});
		table.setInput(CatalogRows.checkPoints().stream().filter(c -> !alreadyChosen.contains(c.getId())).toArray());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 260; // fits a 1024×700 screen with the title area and buttons
		table.getTable().setLayoutData(data);
		filter.addListener(SWT.Modify, e -> table.refresh());
		table.addDoubleClickListener(e -> okPressed());
		table.addSelectionChangedListener(e -> updateOk());
		filter.setFocus();
		return area;
	}

	private void column(String title, int width, java.util.function.Function<CheckPoint, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CheckPoint) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((CheckPoint) element).getContent();
			}
		});
	}

	/** Whether the check point shows under the filter: every word in its 項番, item title or text. */
	static boolean matches(CheckPoint checkPoint, String filter) {
		String haystack = (checkPoint.getId() + ' ' + checkPoint.getItem().getTitle() + ' ' + checkPoint.getContent())
				.toLowerCase(Locale.ROOT);
		for (String word : filter.trim().toLowerCase(Locale.ROOT).split("\\s+")) { //$NON-NLS-1$
			if (!word.isEmpty() && !haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateOk();
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!table.getStructuredSelection().isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		result = table.getStructuredSelection().stream().map(c -> ((CheckPoint) c).getId()).toList();
		if (result.isEmpty()) {
			return;
		}
		super.okPressed();
	}

	/** The ids picked, in catalog order; empty when cancelled. */
	public List<String> result() {
		return result;
	}

	public Text filter() {
		return filter;
	}

	public TableViewer table() {
		return table;
	}
}
