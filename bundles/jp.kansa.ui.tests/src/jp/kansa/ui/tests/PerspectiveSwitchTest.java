/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.internal.CatalogPerspective;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CrossReferenceView;
import jp.kansa.ui.testing.UserEvents;

/** ウィンドウ > パースペクティブを開く, chosen with the keyboard, and the engagement layout it opens. */
class PerspectiveSwitchTest {

	private static final String ENGAGEMENT = "jp.kansa.ui.perspective.engagement"; //$NON-NLS-1$
	private static final String VALIDATION = "jp.kansa.ui.engagement.views.validation"; //$NON-NLS-1$

	@AfterEach
	void backToTheChecklist() {
		Workbench.openCatalogPerspective();
	}

	@Test
	void windowMenuSwitchesBetweenTheChecklistAndTheEngagement() {
		IWorkbenchPage page = Workbench.openCatalogPerspective();
		Shell shell = page.getWorkbenchWindow().getShell();
		assertEquals(List.of("確認表(&C)", "監査エンゲージメント(&E)"), perspectiveMenuItems(shell)); //$NON-NLS-1$ //$NON-NLS-2$

		chooseFromWindowMenu(shell, 'e');

		Workbench.waitUntil(() -> ENGAGEMENT.equals(page.getPerspective().getId()));
		assertEquals(ENGAGEMENT, page.getPerspective().getId());

		chooseFromWindowMenu(shell, 'c');

		Workbench.waitUntil(() -> CatalogPerspective.ID.equals(page.getPerspective().getId()));
		assertEquals(CatalogPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void engagementPerspectiveShowsEachViewInSightBesideALargeEditorArea() {
		IWorkbenchPage page = Workbench.openCatalogPerspective();
		Shell shell = page.getWorkbenchWindow().getShell();
		try {
			PlatformUI.getWorkbench().showPerspective(ENGAGEMENT, page.getWorkbenchWindow());
		} catch (org.eclipse.ui.WorkbenchException e) {
			throw new AssertionError(e);
		}
		page.resetPerspective();
		shell.setBounds(0, 0, 1600, 1000);
		Workbench.spin();

		Map<String, Rectangle> shown = new TreeMap<>();
		for (String id : List.of(CatalogNavigatorView.ID, CheckPointDetailView.ID, CrossReferenceView.ID, VALIDATION)) {
			IViewPart view = page.findView(id);
			assertNotNull(view, id + " is part of the layout"); //$NON-NLS-1$
			assertTrue(page.isPartVisible(view), id + " is in sight, not behind another tab"); //$NON-NLS-1$
			Rectangle bounds = onScreen(page, view);
			assertTrue(bounds.width >= 200 && bounds.height >= 150, id + " is usable: " + bounds); //$NON-NLS-1$
			shown.put(id, bounds);
		}
		List<String> ids = new ArrayList<>(shown.keySet());
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				assertFalse(shown.get(ids.get(i)).intersects(shown.get(ids.get(j))),
						ids.get(i) + " and " + ids.get(j) + " share a place"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		// what is left for the editor: the shell minus the views around it
		int viewArea = shown.values().stream().mapToInt(r -> r.width * r.height).sum();
		Rectangle client = shell.getClientArea();
		assertTrue(viewArea < client.width * client.height * 0.6, "the editor area keeps a large share"); //$NON-NLS-1$
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET));
		Workbench.screenshot(shell, "engagement-perspective-layout"); //$NON-NLS-1$
	}

	private static Rectangle onScreen(IWorkbenchPage page, IViewPart view) {
		Control control = view.getSite().getService(MPart.class).getWidget() instanceof Control c ? c : null;
		assertNotNull(control, view.getSite().getId());
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}

	/** Alt+W opens ウィンドウ, O opens パースペクティブを開く, the letter picks the perspective. */
	private static void chooseFromWindowMenu(Shell shell, char mnemonic) {
		jp.kansa.ui.testing.Menus.chooseByKeys(shell, "ウィンドウ", 'w', 'o', mnemonic); //$NON-NLS-1$
		Workbench.spin();
	}

	private static List<String> perspectiveMenuItems(Shell shell) {
		Menu window = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().startsWith("ウィンドウ")) //$NON-NLS-1$
				.findFirst().orElseThrow().getMenu();
		fill(window);
		Menu perspectives = Arrays.stream(window.getItems()).filter(i -> i.getText().startsWith("パースペクティブを開く")) //$NON-NLS-1$
				.findFirst().orElseThrow(() -> new AssertionError(texts(window))).getMenu();
		fill(perspectives);
		return texts(perspectives);
	}

	/** Menus are filled when they are about to show. */
	private static void fill(Menu menu) {
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
		Workbench.spin();
	}

	private static List<String> texts(Menu menu) {
		return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(MenuItem::getText)
				.toList();
	}
}
