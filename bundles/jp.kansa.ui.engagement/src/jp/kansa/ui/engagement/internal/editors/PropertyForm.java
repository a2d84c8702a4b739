/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;

import jp.kansa.model.KansaPackage.Literals;

/**
 * A detail form built from the item providers' property descriptors: a text field, combo,
 * check box or chooser per feature, each change a SetCommand. Pages use it for every detail
 * so that labels (Japanese, from plugin_ja.properties of the edit bundle) and editability are
 * the same as in the Properties view.
 */
public final class PropertyForm {

	/** Text features long enough to deserve several lines. */
	private static final Set<String> LONG_TEXT = Set.of("description", "recommendation", "conclusion", "text", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"contact", "emergencyContact"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String LIST_SEPARATORS = "[,、，]"; //$NON-NLS-1$

	private interface Row {
		void refresh();
	}

	private final FormToolkit toolkit;
	private final EngagementEditor editor;
	private final Composite body;
	private final Map<EStructuralFeature, Control> controls = new LinkedHashMap<>();
	private final List<Row> rows = new ArrayList<>();
	private EObject input;

	public PropertyForm(FormToolkit toolkit, Composite parent, EngagementEditor editor) {
		this.toolkit = toolkit;
		this.editor = editor;
		this.body = toolkit.createComposite(parent);
		body.setLayout(new GridLayout(2, false));
		toolkit.paintBordersFor(body); // flat form texts are otherwise indistinguishable from labels
	}

	public Composite control() {
		return body;
	}

	public EObject input() {
		return input;
	}

	/** Shows the object's features; {@code features} picks and orders them, null shows all. */
	public void setInput(EObject object, List<? extends EStructuralFeature> features) {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		controls.clear();
		rows.clear();
		input = object;
		if (object != null && editor.adapterFactory().adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			Map<EStructuralFeature, IItemPropertyDescriptor> descriptors = new LinkedHashMap<>();
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
				if (descriptor.getFeature(object) instanceof EStructuralFeature feature) {
					descriptors.put(feature, descriptor);
				}
			}
			Collection<? extends EStructuralFeature> shown = features != null ? features : descriptors.keySet();
			for (EStructuralFeature feature : shown) {
				IItemPropertyDescriptor descriptor = descriptors.get(feature);
				if (descriptor != null) {
					createRow(object, feature, descriptor);
				}
			}
		}
		body.layout(true, true);
		body.getParent().layout(true, true);
	}

	public void refresh() {
		if (input != null && input.eResource() == null) {
			setInput(null, null); // deleted (or its addition undone)
			return;
		}
		rows.forEach(Row::refresh);
	}

	/** The widget editing a feature, for tests that type into the form. */
	public Control control(EStructuralFeature feature) {
		return controls.get(feature);
	}

	private void createRow(EObject object, EStructuralFeature feature, IItemPropertyDescriptor descriptor) {
		Label label = toolkit.createLabel(body, descriptor.getDisplayName(object));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		boolean editable = descriptor.canSetProperty(object) && !(feature instanceof EAttribute a && a.isID())
				&& feature != Literals.CONTRACT_CHECK__LAST_MODIFIED;
		Control control;
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum && !attribute.isMany()) {
			control = enumCombo(object, attribute, eEnum);
		} else if (feature instanceof EAttribute attribute && isBoolean(attribute)) {
			control = checkBox(object, attribute);
		} else if (feature instanceof EAttribute attribute) {
			control = text(object, attribute);
		} else if (feature instanceof EReference reference && !reference.isMany()) {
			control = referenceCombo(object, reference, descriptor);
		} else {
			control = referenceList(object, (EReference) feature, descriptor);
		}
		control.setEnabled(editable);
		control.setToolTipText(descriptor.getDescription(object));
		controls.put(feature, control);
	}

	private static boolean isBoolean(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	private Control enumCombo(EObject object, EAttribute attribute, EEnum eEnum) {
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		WheelScrollsPage.guard(combo);
		List<Enumerator> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toList();
		literals.forEach(literal -> combo.add(ModelLabels.literal(literal)));
		combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && !Objects.equals(object.eGet(attribute), literals.get(index))) {
				editor.commands().execute(editor.commands().set(object, attribute, literals.get(index)));
			}
		});
		Row row = () -> combo.select(literals.indexOf(object.eGet(attribute)));
		row.refresh();
		rows.add(row);
		return combo;
	}

	private Control checkBox(EObject object, EAttribute attribute) {
		Button check = toolkit.createButton(body, "", SWT.CHECK); //$NON-NLS-1$
		check.addListener(SWT.Selection, e -> {
			if (!Objects.equals(object.eGet(attribute), check.getSelection())) {
				editor.commands().execute(editor.commands().set(object, attribute, check.getSelection()));
			}
		});
		Row row = () -> check.setSelection(Boolean.TRUE.equals(object.eGet(attribute)));
		row.refresh();
		rows.add(row);
		return check;
	}

	private Control text(EObject object, EAttribute attribute) {
		boolean multi = LONG_TEXT.contains(attribute.getName());
		Text text = toolkit.createText(body, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 300;
		if (multi) {
			data.heightHint = 3 * text.getLineHeight();
		}
		text.setLayoutData(data);
		Row row = () -> {
			String shown = format(object, attribute);
			if (!text.getText().equals(shown)) {
				text.setText(shown);
			}
			text.setBackground(null);
		};
		Runnable commit = () -> {
			if (text.isDisposed() || object.eResource() == null || text.getText().equals(format(object, attribute))) {
				return;
			}
			try {
				Object value = parse(attribute, text.getText());
				text.setBackground(null);
				editor.commands().execute(editor.commands().set(object, attribute, value));
			} catch (RuntimeException e) {
				text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
				text.setToolTipText(e.getMessage());
			}
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		row.refresh();
		rows.add(row);
		return text;
	}

	private static String format(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			return ((List<?>) value).stream().map(v -> EcoreUtil.convertToString(type, v)).reduce((a, b) -> a + ", " + b) //$NON-NLS-1$
					.orElse(""); //$NON-NLS-1$
		}
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	/** @throws RuntimeException with a message the user can act on when the text is no valid value */
	private static Object parse(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			return Arrays.stream(text.split(LIST_SEPARATORS)).map(String::trim).filter(s -> !s.isEmpty())
					.map(s -> EcoreUtil.createFromString(type, s)).toList();
		}
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return type.getInstanceClass() == String.class ? "" : null; //$NON-NLS-1$
		}
		return EcoreUtil.createFromString(type, type.getInstanceClass() == String.class ? text : trimmed);
	}

	private Control referenceCombo(EObject object, EReference reference, IItemPropertyDescriptor descriptor) {
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		WheelScrollsPage.guard(combo);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		List<Object> choices = new ArrayList<>();
		Row row = () -> {
			choices.clear();
			choices.add(null);
			Collection<?> values = descriptor.getChoiceOfValues(object);
			if (values != null) {
				values.stream().filter(Objects::nonNull).forEach(choices::add);
			}
			String[] labels = choices.stream().map(ModelLabels::of).toArray(String[]::new);
			if (!java.util.Arrays.equals(labels, combo.getItems())) {
				combo.setItems(labels); // 200 parties re-inserted into GTK's combo after every edit cost more than the edit
			}
			combo.select(Math.max(0, choices.indexOf(object.eGet(reference))));
		};
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && object.eGet(reference) != choices.get(index)) {
				editor.commands().execute(editor.commands().set(object, reference, choices.get(index)));
			}
		});
		row.refresh();
		rows.add(row);
		return combo;
	}

	private Control referenceList(EObject object, EReference reference, IItemPropertyDescriptor descriptor) {
		Composite line = toolkit.createComposite(body);
		line.setLayout(new GridLayout(2, false));
		line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label shown = toolkit.createLabel(line, "", SWT.WRAP); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 250;
		shown.setLayoutData(data);
		Button choose = toolkit.createButton(line, jp.kansa.ui.engagement.internal.i18n.Messages.Form_choose, SWT.PUSH);
		choose.addListener(SWT.Selection, e -> {
			Collection<?> values = descriptor.getChoiceOfValues(object);
			ListSelectionDialog dialog = ListSelectionDialog.of(values == null ? List.of() : List.copyOf(values))
					.contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(LabelProvider.createTextProvider(ModelLabels::of))
					.title(descriptor.getDisplayName(object))
					.message(descriptor.getDisplayName(object))
					.preselect(((List<?>) object.eGet(reference)).toArray())
					.create(body.getShell());
			if (dialog.open() == Window.OK) {
				editor.commands().execute(editor.commands().set(object, reference, Arrays.asList(dialog.getResult())));
			}
		});
		Row row = () -> {
			shown.setText(ModelLabels.of(object.eGet(reference)));
			line.layout();
		};
		row.refresh();
		rows.add(row);
		return line;
	}
}
