/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of the engagement editor. Pages read the model when asked to {@link #refresh()} (after
 * every command) and never change it except through {@link EngagementCommands}.
 */
public abstract class EngagementPage extends FormPage {

	private final SelectionRelay selection = new SelectionRelay();
	private final Consumer<ValidationResults> validationListener = results -> {
		if (isShown()) {
			validated(results);
		} else {
			stale = true;
		}
	};
	/** Changed while another page was shown: a hidden page does no work per edit (200 contracts make that count). */
	private boolean stale;

	protected EngagementPage(EngagementEditor editor, String id, String title) {
		super(editor, id, title);
	}

	public EngagementEditor editor() {
		return (EngagementEditor) getEditor();
	}

	protected EngagementCommands commands() {
		return editor().commands();
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		createContent(managedForm.getToolkit(), form);
		selection.addSelectionChangedListener(event -> editor().pageSelectionChanged(this, event.getSelection()));
		refresh();
		editor().validation().addListener(validationListener);
		validated(editor().validation().results());
	}

	protected abstract void createContent(FormToolkit toolkit, ScrolledForm form);

	/** Re-reads the whole model. */
	public abstract void refresh();

	/** After a command (executed, undone or redone); pages that can update a part of themselves override this. */
	protected void changed(Command command) {
		refresh();
	}

	/** Called by the editor after every command. */
	final void commandStackChanged(Command command) {
		if (isShown()) {
			changed(command);
		} else {
			stale = true;
		}
	}

	/** Called by the editor when the page is shown. */
	final void shown() {
		if (stale && isCreated()) {
			stale = false;
			refresh();
			validated(editor().validation().results());
		}
	}

	protected boolean isShown() {
		return isCreated() && editor().getActivePageInstance() == this;
	}

	/** New validation results are in. */
	protected void validated(ValidationResults results) {
		// most pages show no problems
	}

	/** Selects the object if this page shows it; false if it does not. */
	public abstract boolean reveal(EObject object);

	/** The provider whose selection the Properties view follows; pages point it at their viewers. */
	protected SelectionRelay selection() {
		return selection;
	}

	protected boolean isCreated() {
		return getManagedForm() != null && !getManagedForm().getForm().isDisposed();
	}

	@Override
	public void dispose() {
		editor().validation().removeListener(validationListener);
		super.dispose();
	}
}
