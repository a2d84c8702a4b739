/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.model.validation.ValidationRule;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.editors.ModelLabels;
import jp.kansa.ui.engagement.internal.editors.ValidationResults;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 検証結果: the problems of the engagement editor used last, errors first and each once,
 * re-shown after every validation run. Double-click takes the auditor to the offending element in
 * the editor. While evidence files are read (in the background) the description says so and the
 * stop button cancels the reading.
 */
public class ValidationView extends ViewPart {

	public static final String ID = "jp.kansa.ui.engagement.views.validation"; //$NON-NLS-1$

	private final Consumer<ValidationResults> listener = this::show;
	private final Runnable stateListener = this::checkingChanged;
	private TableViewer viewer;
	private EngagementEditor editor;
	private ValidationResults shown = ValidationResults.EMPTY;

	private final Action cancel = new Action(Messages.Validation_cancel) {
		@Override
		public void run() {
			if (editor != null && editor.validation() != null) {
				editor.validation().cancel();
			}
		}
	};

	private final LastEngagementEditor partListener = new LastEngagementEditor(() -> editor, this::follow);

	@Override
	public void createPartControl(Composite parent) {
		// 200 contracts can have thousands of problems
		viewer = ViewTables.virtualTable(parent);
		ViewTables.column(viewer, Messages.Validation_severity, 80, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return severityText(((Diagnostic) element).getSeverity());
			}

			@Override
			public Image getImage(Object element) {
				return severityImage(((Diagnostic) element).getSeverity());
			}
		});
		ViewTables.column(viewer, Messages.Validation_rule, 220, ColumnLabelProvider.createTextProvider(element -> {
			ValidationRule rule = ValidationRule.of((Diagnostic) element);
			return rule == null ? ((Diagnostic) element).getSource() : rule.id();
		}));
		ViewTables.column(viewer, Messages.Validation_message, 600, ColumnLabelProvider.createTextProvider(e -> ((Diagnostic) e).getMessage()));
		ViewTables.column(viewer, Messages.Validation_element, 220, ColumnLabelProvider.createTextProvider(e -> ModelLabels.of(target((Diagnostic) e))));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Diagnostic diagnostic) {
				open(diagnostic);
			}
		});
		getSite().setSelectionProvider(viewer);
		cancel.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		cancel.setToolTipText(Messages.Validation_cancel);
		cancel.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(cancel);
		EngagementEditor active = partListener.listenTo(getSite().getPage());
		if (active != null) {
			follow(active);
		} else {
			show(ValidationResults.EMPTY);
		}
	}

	/** Shows the problems of this editor from now on. */
	public void follow(EngagementEditor followed) {
		if (followed == editor) {
			return;
		}
		if (editor != null && editor.validation() != null) {
			editor.validation().removeListener(listener);
			editor.validation().removeStateListener(stateListener);
		}
		editor = followed;
		if (editor != null && editor.validation() != null) {
			editor.validation().addListener(listener);
			editor.validation().addStateListener(stateListener);
			show(editor.validation().results());
		} else {
			show(ValidationResults.EMPTY);
		}
	}

	private void show(ValidationResults results) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		boolean same = viewer.getInput() != null && results.sameProblems(shown);
		shown = results;
		if (!same) { // most edits change no problem: the rows stay as they are, selection and scrolling too
			List<Diagnostic> problems = results.problems();
			viewer.setInput(problems.toArray());
		}
		checkingChanged();
	}

	private void checkingChanged() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		boolean checking = editor != null && editor.validation() != null && editor.validation().isCheckingEvidence();
		cancel.setEnabled(checking);
		if (editor == null) {
			setContentDescription(Messages.Validation_noEditor);
			return;
		}
		String summary = NLS.bind(Messages.Validation_summary, new Object[] { editor.getPartName(),
				shown.count(Diagnostic.ERROR), shown.count(Diagnostic.WARNING), shown.count(Diagnostic.INFO) });
		setContentDescription(checking ? NLS.bind(Messages.Validation_checkingEvidence, summary) : summary);
	}

	/** The toolbar's stop button: cancels reading evidence files. */
	public Action cancelAction() {
		return cancel;
	}

	/** Reveals the diagnostic's element in the editor, on the page that shows it. */
	public boolean open(Diagnostic diagnostic) {
		EObject target = target(diagnostic);
		if (editor == null || target == null) {
			return false;
		}
		getSite().getPage().activate(editor);
		return editor.reveal(target);
	}

	private static EObject target(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
	}

	static String severityText(int severity) {
		return switch (severity) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> Messages.Validation_error;
		case Diagnostic.WARNING -> Messages.Validation_warning;
		default -> Messages.Validation_info;
		};
	}

	private static Image severityImage(int severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case Diagnostic.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		default -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	public TableViewer viewer() {
		return viewer;
	}

	public EngagementEditor editor() {
		return editor;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		follow(null);
		super.dispose();
	}
}
