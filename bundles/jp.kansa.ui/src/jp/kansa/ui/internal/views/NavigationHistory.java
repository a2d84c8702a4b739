/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

import jp.kansa.model.CatalogElement;
import jp.kansa.ui.internal.xref.CitationLeaf;

/**
 * Where the auditor has been in the 確認表 views of one workbench page, for 戻る (Alt+←): each
 * element selected in the navigator or the cross-reference view while that view is active.
 * <p>
 * Only the active part's selection is recorded, so the views following each other (the
 * cross-reference view selecting the leaf of the check point picked in the navigator) add no
 * steps; a check point reached again in the other view (its leaf) is the same step.
 */
public final class NavigationHistory {

	/** A view and what was selected in it. */
	record Location(String viewId, Object element) {
	}

	private static final int LIMIT = 200;
	private static final Map<IWorkbenchPage, NavigationHistory> PAGES = new WeakHashMap<>();

	private final Deque<Location> back = new ArrayDeque<>();
	private final ISelectionListener listener = this::selected;
	private Location current;
	private boolean restoring;

	/** Holds no reference to the page: the page is the weak key of {@link #PAGES}. */
	private NavigationHistory(IWorkbenchPage page) {
		page.addSelectionListener(listener);
	}

	/** The history of the page, listening from the first call on. */
	public static synchronized NavigationHistory of(IWorkbenchPage page) {
		return PAGES.computeIfAbsent(page, NavigationHistory::new);
	}

	public boolean canGoBack() {
		return !back.isEmpty();
	}

	/** Returns to the previous location on {@code page}: activates its view and selects its element there. */
	public void goBack(IWorkbenchPage page) {
		if (back.isEmpty()) {
			return;
		}
		Location previous = back.pop();
		current = previous;
		restoring = true;
		try {
			if (page.showView(previous.viewId()) instanceof LinkedCatalogTreeView view) {
				view.showLocation(previous.element());
			}
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		} finally {
			restoring = false;
		}
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		if (restoring || !(part instanceof LinkedCatalogTreeView)
				|| !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return;
		}
		Object element = structured.getFirstElement();
		if (!(element instanceof CatalogElement) && !(element instanceof CitationLeaf)) {
			return;
		}
		Location location = new Location(part.getSite().getId(), element);
		if (current != null && Objects.equals(subject(current.element()), subject(element))) {
			return;
		}
		if (current != null) {
			back.push(current);
			if (back.size() > LIMIT) {
				back.removeLast();
			}
		}
		current = location;
	}

	/** A leaf of the cross-reference tree stands for its check point. */
	private static Object subject(Object element) {
		return element instanceof CitationLeaf leaf ? leaf.checkPoint() : element;
	}
}
