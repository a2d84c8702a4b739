/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Cell editors for the Properties view, chosen from an {@link IItemPropertyDescriptor}: a combo
 * over the choice of values (enums, booleans, references), otherwise a text field that converts
 * with the attribute's data type (dates, numbers) and rejects what does not convert. Many-valued
 * properties get none: a list needs more than one cell.
 */
public final class PropertyCellEditors {

	private PropertyCellEditors() {
	}

	public static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor,
			ILabelProvider labels) {
		if (descriptor.isMany(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices == null && feature instanceof EAttribute attribute && isBoolean(attribute)) {
			choices = List.of(Boolean.TRUE, Boolean.FALSE);
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), labels);
		}
		if (feature instanceof EAttribute attribute) {
			return new DataTypeCellEditor(parent, attribute.getEAttributeType());
		}
		return null;
	}

	private static boolean isBoolean(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	/** A read-only combo whose value is the chosen object itself. */
	static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> choices;

		ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
			super(parent, choices.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
			this.choices = choices;
		}

		@Override
		protected Object doGetValue() {
			int index = (Integer) super.doGetValue();
			return index >= 0 && index < choices.size() ? choices.get(index) : null;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Integer.valueOf(choices.indexOf(value)));
		}
	}

	/** Text converted with the data type; an unconvertible text is an error, not a value. */
	static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> {
				try {
					convert((String) value);
					return null;
				} catch (RuntimeException e) {
					return Objects.toString(e.getMessage(), e.getClass().getSimpleName());
				}
			});
		}

		private Object convert(String text) {
			if (type.getInstanceClass() == String.class) {
				return text;
			}
			return text == null || text.isBlank() ? null : EcoreUtil.createFromString(type, text.trim());
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : value instanceof String s ? s : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
		}
	}
}
