/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;

import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LoggedValues;
import jp.kansa.model.compare.log.ChangeLogText;
import jp.kansa.ui.engagement.internal.editors.EngagementEditor;
import jp.kansa.ui.engagement.internal.i18n.ChangeLogMessages;

/**
 * 変更履歴: the change log of the engagement editor used last, newest first. With
 * 「選択した要素のみ」 on (the default), selecting a party, contract, check, finding… in the editor
 * shows that element's entries only; selecting the engagement itself, or turning it off, shows the
 * whole log. Entries appear when the editor saves: the log records saves, not keystrokes.
 */
public class ChangeLogView extends ViewPart {

	public static final String ID = "jp.kansa.ui.engagement.views.changeLog"; //$NON-NLS-1$

	private TableViewer viewer;
	/** Field labels and words for the followed engagement, made again after each save. */
	private ChangeLogText text;
	private EngagementEditor editor;
	/** The id of the element selected in the editor, {@code null} for the whole engagement. */
	private String elementId;
	private String elementPath;

	private final IPropertyListener saved = (source, property) -> {
		// a save clears the dirty flag: that is when the log has grown
		if (property == IEditorPart.PROP_DIRTY && editor != null && !editor.isDirty()) {
			refresh();
		}
	};

	private final Action onlySelected = new Action(ChangeLogMessages.onlySelected, IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			refresh();
		}
	};

	private final ISelectionListener selectionListener = (part, selection) -> {
		if (part == editor) {
			selected(selection);
		}
	};

	private final LastEngagementEditor partListener = new LastEngagementEditor(() -> editor, this::follow);

	@Override
	public void createPartControl(Composite parent) {
		viewer = ViewTables.virtualTable(parent);
		columns();
		onlySelected.setChecked(true);
		onlySelected.setToolTipText(ChangeLogMessages.onlySelected);
		// the platform's "link with editor" picture: the view follows what is selected there
		onlySelected.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(onlySelected);
		getViewSite().getActionBars().updateActionBars();
		getSite().getPage().addSelectionListener(selectionListener);
		EngagementEditor active = partListener.listenTo(getSite().getPage());
		if (active != null) {
			follow(active);
		} else {
			refresh();
		}
	}

	private void columns() {
		column(ChangeLogMessages.colSequence, 50, e -> Long.toString(e.getSequence()));
		column(ChangeLogMessages.colWhen, 140, e -> ChangeLogText.when(e.getWhen()));
		column(ChangeLogMessages.colWho, 150, ChangeLogEntry::getWho);
		column(ChangeLogMessages.colKind, 70, e -> text.kind(e));
		column(ChangeLogMessages.colPath, 130, ChangeLogEntry::getPath);
		column(ChangeLogMessages.colField, 90, e -> text.field(e));
		column(ChangeLogMessages.colOld, 160, e -> text.oldValue(e));
		column(ChangeLogMessages.colNew, 160, e -> text.newValue(e));
	}

	private void column(String title, int width, Function<ChangeLogEntry, String> value) {
		ViewTables.column(viewer, title, width, ColumnLabelProvider.createTextProvider(e -> {
			String text = value.apply((ChangeLogEntry) e);
			return text == null ? "" : text.replace('\n', '⏎'); //$NON-NLS-1$
		}));
	}

	/** Shows this editor's log from now on. */
	public void follow(EngagementEditor followed) {
		if (followed == editor) {
			return;
		}
		if (editor != null) {
			editor.removePropertyListener(saved);
		}
		editor = followed;
		elementId = null;
		elementPath = null;
		if (editor != null) {
			editor.addPropertyListener(saved);
			selected(editor.siteSelection());
		}
		refresh();
	}

	private void selected(ISelection selection) {
		EObject object = selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof EObject o ? o : null;
		// an element without an id of its own (an annotation, a signed check) belongs to the one holding it
		while (object != null && LoggedValues.id(object) == null) {
			object = object.eContainer();
		}
		String id = object == null || object instanceof Engagement ? null : LoggedValues.id(object);
		if (id == null ? elementId != null : !id.equals(elementId)) {
			elementId = id;
			elementPath = id;
			if (onlySelected.isChecked()) {
				refresh(); // the whole log does not depend on the selection: an arrow key in the matrix re-read it
			}
		}
	}

	/** Re-reads the log (after a save) and shows what the filter lets through. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (editor == null || editor.engagement() == null) {
			viewer.setInput(new Object[0]);
			setContentDescription(ChangeLogMessages.noEditor);
			return;
		}
		Engagement engagement = editor.engagement();
		text = new ChangeLogText(Locale.getDefault(), engagement);
		List<ChangeLogEntry> all = ChangeLogs.entries(engagement);
		boolean perElement = onlySelected.isChecked() && elementId != null;
		List<ChangeLogEntry> shown = new ArrayList<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			ChangeLogEntry entry = all.get(i);
			if (!perElement || isAbout(entry, elementId)) {
				if (perElement && entry.getPath() != null) {
					elementPath = entry.getPath();
				}
				shown.add(entry);
			}
		}
		viewer.setInput(shown.toArray());
		String name = editor.getPartName();
		String description;
		if (all.isEmpty()) {
			description = NLS.bind(ChangeLogMessages.noLog, name);
		} else if (perElement) {
			description = NLS.bind(ChangeLogMessages.element,
					new Object[] { name, Integer.valueOf(shown.size()), elementPath });
		} else {
			description = NLS.bind(ChangeLogMessages.whole, name, Integer.valueOf(shown.size()));
		}
		if (ChangeLogVerifier.verdictOf(engagement).broken()) {
			description = NLS.bind(ChangeLogMessages.broken, description);
		}
		setContentDescription(description);
	}

	/**
	 * The entry is about the element: its id, or something without an id inside it (an annotation's
	 * key is the check's id, "/annotations[" and who and when).
	 */
	static boolean isAbout(ChangeLogEntry entry, String id) {
		String about = entry.getElementId();
		if (about == null) {
			return false;
		}
		if (about.equals(id)) {
			return true;
		}
		if (!about.startsWith(id + '/')) {
			return false;
		}
		String rest = about.substring(id.length() + 1);
		int bracket = rest.indexOf('[');
		return bracket > 0 && rest.substring(0, bracket).chars().allMatch(Character::isLetter);
	}

	public TableViewer viewer() {
		return viewer;
	}

	public IAction onlySelectedAction() {
		return onlySelected;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removeSelectionListener(selectionListener);
		follow(null);
		super.dispose();
	}
}
