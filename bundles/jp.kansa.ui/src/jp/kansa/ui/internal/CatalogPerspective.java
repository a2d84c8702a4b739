/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CrossReferenceView;

/**
 * The 確認表 perspective: navigator left, detail in the middle, cross-reference right,
 * properties below the detail. There are no editors yet, so the editor area is hidden and
 * the detail view takes its place.
 */
public class CatalogPerspective implements IPerspectiveFactory {

	public static final String ID = "jp.kansa.ui.perspective.catalog"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(CatalogNavigatorView.ID, IPageLayout.LEFT, 0.30f, editorArea);
		layout.addView(CrossReferenceView.ID, IPageLayout.RIGHT, 0.62f, editorArea);
		layout.addView(CheckPointDetailView.ID, IPageLayout.TOP, 0.70f, editorArea);
		IFolderLayout bottom = layout.createFolder("jp.kansa.ui.folder.bottom", IPageLayout.BOTTOM, 0.70f, //$NON-NLS-1$
				CheckPointDetailView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(CatalogNavigatorView.ID);
		layout.addShowViewShortcut(CheckPointDetailView.ID);
		layout.addShowViewShortcut(CrossReferenceView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
