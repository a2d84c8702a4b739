/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Reference;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CheckPointDetailView.ReferenceLink;
import jp.kansa.ui.internal.views.CrossReferenceView;

class CheckPointDetailViewTest {

	/** The width 詳細 has in the engagement perspective of a 1024×700 window, less its scroll bar. */
	private static final int NARROW_VIEW = 250;

	private IWorkbenchPage page;
	private CatalogNavigatorView navigator;
	private CheckPointDetailView detail;

	@BeforeEach
	void open() {
		page = Workbench.openCatalogPerspective();
		navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
		detail = Workbench.show(page, CheckPointDetailView.ID, CheckPointDetailView.class);
		page.activate(navigator);
	}

	@Test
	void followsTheNavigatorAndShowsTheWholeContentWrapped() {
		CheckPoint checkPoint = longestCheckPoint();

		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.spin();

		assertSame(checkPoint, detail.getShownElement());
		Text content = texts().stream().filter(text -> text.getText().equals(checkPoint.getRecommendation())
				|| text.getText().equals(checkPoint.getContent())).findFirst().orElseThrow();
		int viewWidth = content.getShell().getDisplay().map(content.getParent(), null, content.getParent().getClientArea()).width;
		assertTrue(content.getSize().x <= viewWidth, "wrapped to the view, not cut: " + content.getSize().x + " > " + viewWidth); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(content.getSize().y > content.getLineHeight(), "long text takes several lines"); //$NON-NLS-1$
	}

	/**
	 * At 1024×700 every check point's detail fits the view — nothing reaches past its right edge
	 * — and still fits once the window is narrowed until the view is as narrow as in the
	 * engagement perspective at that size (~250 px). The glossary terms stood in two columns as
	 * wide as the longest name plus 200 px of definition: the page widened beyond the view and
	 * every line was cut at its edge. The first check point is clicked in the navigator.
	 */
	@Test
	void everyCheckPointFitsTheViewAt1024x700AndNarrower() {
		Shell window = detail.getSite().getShell();
		windowWidth(window, 1024);
		List<CheckPoint> all = CatalogFacts.checkPoints();
		NavigationTest.clickInNavigator(navigator, all.get(0));
		Workbench.spin();
		assertSame(all.get(0), detail.getShownElement());
		assertEveryCheckPointFits(all, "1024x700"); //$NON-NLS-1$
		Workbench.screenshot(window, "detail-1024x700"); //$NON-NLS-1$
		for (int width = 1000; width >= 560 && detail.getForm().getClientArea().width > NARROW_VIEW; width -= 40) {
			windowWidth(window, width);
		}
		assertTrue(detail.getForm().getClientArea().width <= NARROW_VIEW,
				() -> "the view narrowed to " + detail.getForm().getClientArea().width + " px"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEveryCheckPointFits(all, "narrow"); //$NON-NLS-1$
		Workbench.screenshot(window, "detail-narrow"); //$NON-NLS-1$
	}

	private void assertEveryCheckPointFits(List<CheckPoint> all, String when) {
		List<String> overflowing = new ArrayList<>();
		for (CheckPoint checkPoint : all) {
			if (detail.getShownElement() != checkPoint) {
				detail.show(checkPoint);
				Workbench.spin();
			}
			int visible = detail.getForm().getClientArea().width;
			int body = detail.getForm().getBody().getSize().x;
			if (body > visible) {
				overflowing.add(checkPoint.getId() + " " + body + " > " + visible + " px"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		assertTrue(overflowing.isEmpty(), () -> when + ": " + overflowing.size() + " check points wider than the view: " + overflowing); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void windowWidth(Shell window, int width) {
		window.setBounds(0, 0, width, 700);
		window.layout(true, true);
		Workbench.spin();
	}

	@Test
	void referenceLinkSelectsTheSectionInTheCrossReferenceView() {
		CheckPoint checkPoint = CatalogFacts.checkPoint(CatalogFacts.idsCiting(CatalogFacts.KIKAKU_7).iterator().next());
		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.spin();
		ReferenceLink link = detail.getReferenceLinks().stream()
				.filter(l -> CatalogFacts.KIKAKU_7.equals(l.reference().getTarget().getId())).findFirst().orElseThrow();
		assertTrue(link.hyperlink().getText().startsWith(link.reference().getCitation()), link.hyperlink().getText());

		pressEnter(link.hyperlink());

		CrossReferenceView crossReference = (CrossReferenceView) page.findView(CrossReferenceView.ID);
		TreeItem[] selection = crossReference.getViewer().getTree().getSelection();
		assertEquals(1, selection.length);
		assertSame(link.reference().getTarget(), selection[0].getData());
		assertTrue(selection[0].getText(0).startsWith("7"), selection[0].getText(0)); //$NON-NLS-1$
	}

	@Test
	void activateReferenceRevealsEveryKindOfTarget() {
		for (CheckPoint checkPoint : CatalogFacts.checkPoints()) {
			for (Reference reference : checkPoint.getReferences()) {
				detail.activateReference(reference);
				CrossReferenceView crossReference = (CrossReferenceView) page.findView(CrossReferenceView.ID);
				assertSame(reference.getTarget(), crossReference.getViewer().getStructuredSelection().getFirstElement(),
						reference.getCitation());
			}
		}
	}

	@Test
	void termsShowTheDefinitionOrWhyThereIsNone() {
		CheckPoint checkPoint = CatalogFacts.checkPoints().stream().filter(c -> !c.getTerms().isEmpty()).findFirst()
				.orElseThrow();
		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.spin();

		List<String> shown = texts().stream().map(Text::getText).toList();
		checkPoint.getTerms().forEach(term -> {
			String expected = term.getDefinition() == null || term.getDefinition().isBlank() ? null : term.getDefinition();
			assertTrue(expected == null ? shown.contains("定義未確認") : shown.contains(expected), term.getTerm()); //$NON-NLS-1$
		});
	}

	private static CheckPoint longestCheckPoint() {
		return CatalogFacts.checkPoints().stream()
				.max((a, b) -> Integer.compare(a.getContent().length(), b.getContent().length())).orElseThrow();
	}

	private List<Text> texts() {
		List<Text> texts = new ArrayList<>();
		collect(detail.getForm().getBody(), texts);
		return texts;
	}

	private static void collect(Composite parent, List<Text> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				texts.add(text);
			} else if (child instanceof Composite composite) {
				collect(composite, texts);
			}
		}
	}

	/** Activates the link the way the keyboard does (Enter on the focused link). */
	private static void pressEnter(Hyperlink hyperlink) {
		Event event = new Event();
		event.character = '\r';
		event.keyCode = SWT.CR;
		hyperlink.notifyListeners(SWT.KeyDown, event);
		Workbench.spin();
	}
}
