/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Finding;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 関連確認事項 of a finding: the check points it concerns, with 項番 and text, added from the
 * catalog through {@link CheckPointChooser} and removed by selection; never typed, so that a
 * finding cannot name a check point the 確認表 does not have.
 */
public final class FindingCheckPoints {

	private final EngagementEditor editor;
	private final Composite control;
	private final TableViewer table;
	private final Button add;
	private final Button remove;
	private Finding input;

	FindingCheckPoints(FormToolkit toolkit, Composite parent, EngagementEditor editor) {
		this.editor = editor;
		control = toolkit.createComposite(parent);
		control.setLayout(new GridLayout());
		control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.createLabel(control, Messages.Finding_checkPoints);
		table = new TableViewer(toolkit.createTable(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(table, Messages.CheckPointChooser_number, 110, o -> (String) o, null, editor);
		Tables.column(table, Messages.CheckPointChooser_content, 360, FindingCheckPoints::text, null, editor);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(table.getTable(), 4);
		Composite buttons = toolkit.createComposite(control);
		buttons.setLayout(new GridLayout(2, true));
		add = toolkit.createButton(buttons, Messages.Finding_addCheckPoints, SWT.PUSH);
		add.addListener(SWT.Selection, e -> choose());
		remove = toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, e -> removeSelected());
		setInput(null);
	}

	/** The text of a related check point; an id the catalog does not know is kept and said so. */
	private static String text(Object id) {
		CheckPoint checkPoint = CatalogRows.checkPoint((String) id);
		return checkPoint == null ? Messages.Finding_unknownCheckPoint : ModelLabels.shorten(checkPoint.getContent(), 200);
	}

	void setInput(Finding finding) {
		input = finding;
		refresh();
	}

	void refresh() {
		if (input != null && input.eResource() == null) {
			input = null;
		}
		table.setInput(input == null ? new Object[0] : input.getCheckPointIds().toArray());
		add.setEnabled(input != null);
		remove.setEnabled(input != null);
	}

	private void choose() {
		if (input == null) {
			return;
		}
		CheckPointChooser chooser = new CheckPointChooser(control.getShell(), input.getCheckPointIds());
		if (chooser.open() != Window.OK) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>(input.getCheckPointIds());
		ids.addAll(chooser.result());
		set(new ArrayList<>(inCatalogOrder(ids)));
	}

	/** Catalog order reads like the 確認表; ids the catalog does not know stay, at the end. */
	private static List<String> inCatalogOrder(Set<String> ids) {
		List<String> ordered = new ArrayList<>(CatalogRows.checkPointIds().stream().filter(ids::contains).toList());
		ids.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
		return ordered;
	}

	private void removeSelected() {
		if (input == null || table.getStructuredSelection().isEmpty()) {
			return;
		}
		List<String> kept = new ArrayList<>(input.getCheckPointIds());
		kept.removeAll(table.getStructuredSelection().toList());
		set(kept);
	}

	private void set(List<String> ids) {
		if (!ids.equals(input.getCheckPointIds())) {
			editor.commands().execute(editor.commands().set(input, Literals.FINDING__CHECK_POINT_IDS, ids));
		}
	}

	public TableViewer table() {
		return table;
	}

	public Button addButton() {
		return add;
	}

	public Button removeButton() {
		return remove;
	}
}
