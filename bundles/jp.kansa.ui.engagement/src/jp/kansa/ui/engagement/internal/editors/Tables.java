/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Table;

/** Table columns whose cells edit one feature through a SetCommand. */
final class Tables {

	private Tables() {
	}

	/**
	 * Adds a column; when {@code feature} is not null the cell is editable in place (text for
	 * strings, a combo for enums).
	 */
	static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, String> label,
			EStructuralFeature feature, EngagementEditor editor) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(label));
		if (feature instanceof EAttribute attribute) {
			column.setEditingSupport(attribute.getEAttributeType() instanceof EEnum eEnum
					? new EnumEditing(viewer, attribute, eEnum, editor)
					: new TextEditing(viewer, attribute, editor));
		}
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		return column;
	}

	static void layout(Table table, int visibleRows) {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getItemHeight() * visibleRows + table.getHeaderHeight();
		data.widthHint = 200;
		table.setLayoutData(data);
	}

	/** Makes a short table as tall as its rows, so the form, not the table, scrolls. */
	static void fitHeight(Table table, int rows) {
		if (table.getLayoutData() instanceof GridData data) {
			data.heightHint = table.getItemHeight() * Math.max(rows, 1) + table.getHeaderHeight() + 4;
			table.getParent().layout(true, true);
		}
	}

	/** Edits one attribute of the row's element in place, as one SetCommand on the editor's stack. */
	private abstract static class AttributeEditing extends EditingSupport {
		final EAttribute attribute;
		final EngagementEditor editor;
		private final CellEditor cellEditor;

		AttributeEditing(TableViewer viewer, EAttribute attribute, EngagementEditor editor, CellEditor cellEditor) {
			super(viewer);
			this.attribute = attribute;
			this.editor = editor;
			this.cellEditor = cellEditor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return cellEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof EObject;
		}

		/** Sets the attribute of {@code element} to {@code value}, undoably. */
		void set(Object element, Object value) {
			editor.commands().execute(editor.commands().set((EObject) element, attribute, value));
		}
	}

	private static final class TextEditing extends AttributeEditing {

		TextEditing(TableViewer viewer, EAttribute attribute, EngagementEditor editor) {
			super(viewer, attribute, editor, new TextCellEditor(viewer.getTable()));
		}

		@Override
		protected Object getValue(Object element) {
			return Objects.toString(((EObject) element).eGet(attribute), ""); //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!Objects.equals(getValue(element), value)) {
				set(element, value);
			}
		}
	}

	private static final class EnumEditing extends AttributeEditing {
		private final List<Enumerator> literals;

		EnumEditing(TableViewer viewer, EAttribute attribute, EEnum eEnum, EngagementEditor editor) {
			this(viewer, attribute, editor, eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList());
		}

		private EnumEditing(TableViewer viewer, EAttribute attribute, EngagementEditor editor, List<Enumerator> literals) {
			super(viewer, attribute, editor, new ComboBoxCellEditor(viewer.getTable(),
					literals.stream().map(ModelLabels::literal).toArray(String[]::new), SWT.READ_ONLY));
			this.literals = literals;
		}

		@Override
		protected Object getValue(Object element) {
			return literals.indexOf(((EObject) element).eGet(attribute));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0 && !Objects.equals(((EObject) element).eGet(attribute), literals.get(index))) {
				set(element, literals.get(index));
			}
		}
	}
}
