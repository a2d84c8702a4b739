/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import jp.kansa.ui.engagement.internal.views.ChangeLogView;
import jp.kansa.ui.engagement.internal.views.ComparisonView;
import jp.kansa.ui.engagement.internal.views.ValidationView;
import jp.kansa.ui.engagement.internal.wizards.NewEngagementWizard;

/**
 * Auditing an engagement: the editor takes most of the window; the 確認表 navigator on the left
 * to look check points up; 詳細 and ガイドライン相互参照 in two stacks of their own on the right, so
 * that a reference link opened in 詳細 leaves the detail in sight; validation results and
 * properties below the editor, where a finding is next to the cell that caused it.
 */
public class EngagementPerspective implements IPerspectiveFactory {

	public static final String ID = "jp.kansa.ui.perspective.engagement"; //$NON-NLS-1$

	/** Ids of jp.kansa.ui, repeated as strings so that the catalog UI does not export them as API. */
	static final String CATALOG_NAVIGATOR = "jp.kansa.ui.views.catalogNavigator"; //$NON-NLS-1$
	static final String CHECK_POINT_DETAIL = "jp.kansa.ui.views.checkPointDetail"; //$NON-NLS-1$
	static final String CROSS_REFERENCE = "jp.kansa.ui.views.crossReference"; //$NON-NLS-1$
	static final String CATALOG_PERSPECTIVE = "jp.kansa.ui.perspective.catalog"; //$NON-NLS-1$

	static final String RIGHT_FOLDER = "jp.kansa.ui.engagement.folder.right"; //$NON-NLS-1$
	static final String RIGHT_BOTTOM_FOLDER = "jp.kansa.ui.engagement.folder.rightBottom"; //$NON-NLS-1$
	static final String BOTTOM_FOLDER = "jp.kansa.ui.engagement.folder.bottom"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(CATALOG_NAVIGATOR, IPageLayout.LEFT, 0.20f, editorArea);
		// the right column first, so that it runs the full height beside editor and results
		IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.66f, editorArea);
		right.addView(CHECK_POINT_DETAIL);
		IFolderLayout rightBottom = layout.createFolder(RIGHT_BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.55f, RIGHT_FOLDER);
		rightBottom.addView(CROSS_REFERENCE);
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(ValidationView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(ChangeLogView.ID);
		bottom.addPlaceholder(ComparisonView.ID);
		layout.addShowViewShortcut(ValidationView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ChangeLogView.ID);
		layout.addShowViewShortcut(ComparisonView.ID);
		layout.addShowViewShortcut(CATALOG_NAVIGATOR);
		layout.addShowViewShortcut(CHECK_POINT_DETAIL);
		layout.addShowViewShortcut(CROSS_REFERENCE);
		layout.addNewWizardShortcut(NewEngagementWizard.ID);
		layout.addPerspectiveShortcut(CATALOG_PERSPECTIVE);
	}
}
