/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.engagement.internal.wizards.NewEngagementWizard;

/**
 * Auditing an engagement: the editor in the middle, the 確認表 navigator on the left to look
 * check points up, validation results and properties below the editor where a finding is
 * next to the cell that caused it.
 */
public class EngagementPerspective implements IPerspectiveFactory {

	public static final String ID = "jp.kansa.ui.perspective.engagement"; //$NON-NLS-1$

	/** Ids of jp.kansa.ui, repeated as strings so that the catalog UI does not export them as API. */
	static final String CATALOG_NAVIGATOR = "jp.kansa.ui.views.catalogNavigator"; //$NON-NLS-1$
	static final String CATALOG_PERSPECTIVE = "jp.kansa.ui.perspective.catalog"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(CATALOG_NAVIGATOR, IPageLayout.LEFT, 0.22f, editorArea);
		IFolderLayout bottom = layout.createFolder("jp.kansa.ui.engagement.folder.bottom", IPageLayout.BOTTOM, 0.72f, //$NON-NLS-1$
				editorArea);
		bottom.addView(ValidationView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ValidationView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(CATALOG_NAVIGATOR);
		layout.addNewWizardShortcut(NewEngagementWizard.ID);
		layout.addPerspectiveShortcut(CATALOG_PERSPECTIVE);
	}
}
