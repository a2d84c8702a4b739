/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.ui.internal.views.CatalogNavigatorView;
import jp.kansa.ui.internal.views.CheckPointDetailView;
import jp.kansa.ui.internal.views.CrossReferenceView;

/**
 * Title and definition statuses as Japanese words in 詳細, ガイドライン相互参照 and プロパティ, never
 * the domain files' codes ("NOT RETRIEVED", "draft (…)") or the researchers' source notes.
 */
class StatusWordsTest {

	/** 経営管理編 3.4.1: its title is known only from a draft. */
	private static final String DRAFT_SECTION = "mhlw-gl-6.0/経営管理編/3.4.1"; //$NON-NLS-1$
	private static final Predicate<String> CODE = text -> text.contains("NOT RETRIEVED") || text.contains("draft") //$NON-NLS-1$ //$NON-NLS-2$
			|| text.contains("UNVERIFIED") || text.contains("confirmed") || text.contains("Wikipedia"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private IWorkbenchPage page;
	private CatalogNavigatorView navigator;
	private CheckPointDetailView detail;
	private CrossReferenceView crossReference;

	@BeforeEach
	void open() {
		page = Workbench.openCatalogPerspective();
		navigator = Workbench.show(page, CatalogNavigatorView.ID, CatalogNavigatorView.class);
		detail = Workbench.show(page, CheckPointDetailView.ID, CheckPointDetailView.class);
		crossReference = Workbench.show(page, CrossReferenceView.ID, CrossReferenceView.class);
		navigator.setFilterText(""); //$NON-NLS-1$
		page.activate(navigator);
	}

	@Test
	void detailShowsTheDefinitionOrDefinitionNotConfirmedAndNoSourceNote() {
		CheckPoint checkPoint = CatalogFacts.checkPoints().stream()
				.filter(c -> c.getTerms().stream().anyMatch(t -> !hasDefinition(t))
						&& c.getTerms().stream().anyMatch(StatusWordsTest::hasDefinition))
				.findFirst().orElseThrow();
		clickInNavigator(checkPoint);

		List<Control> controls = controls(detail.getForm().getBody());
		List<String> texts = controls.stream().filter(Text.class::isInstance).map(c -> ((Text) c).getText()).toList();
		for (GlossaryTerm term : checkPoint.getTerms()) {
			String expected = hasDefinition(term) ? term.getDefinition() : "定義未確認"; //$NON-NLS-1$
			assertTrue(texts.contains(expected), term.getTerm() + ": " + texts); //$NON-NLS-1$
			Label name = controls.stream().filter(Label.class::isInstance).map(Label.class::cast)
					.filter(l -> term.getTerm().equals(l.getText())).findFirst().orElseThrow();
			assertNull(name.getToolTipText(), "no source note on " + term.getTerm()); //$NON-NLS-1$
		}
		for (Control control : controls) {
			String text = control instanceof Text t ? t.getText() : control instanceof Label l ? l.getText() : ""; //$NON-NLS-1$
			assertFalse(CODE.test(text), text);
			assertFalse(control.getToolTipText() != null && CODE.test(control.getToolTipText()), control.getToolTipText());
		}
	}

	@Test
	void untitledSectionsSayWhatIsKnownAsAWord() {
		Section section = CatalogFacts.element(DRAFT_SECTION, Section.class);
		assertEquals(TitleStatus.DRAFT, section.getTitleStatus());
		CheckPoint citing = CatalogFacts.checkPoint(CatalogFacts.idsCiting(DRAFT_SECTION).iterator().next());
		clickInNavigator(citing);

		Hyperlink link = detail.getReferenceLinks().stream().filter(l -> l.reference().getTarget() == section)
				.findFirst().orElseThrow().hyperlink();
		assertTrue(link.getText().endsWith("(表題未確認: 草案)"), link.getText()); //$NON-NLS-1$

		crossReference.reveal(section);
		Workbench.spin();
		Tree tree = crossReference.getViewer().getTree();
		TreeItem item = NavigationTest.item(tree, section);
		assertEquals("3.4.1 (表題未確認: 草案)", item.getText(0)); //$NON-NLS-1$
	}

	@Test
	void propertiesShowTheTitleStatusAsAWordAndNotTheStatusCode() {
		PropertySheet properties = Workbench.show(page, IPageLayout.ID_PROP_SHEET, PropertySheet.class);
		Section section = CatalogFacts.element(DRAFT_SECTION, Section.class);
		crossReference.reveal(section);
		Workbench.spin();
		Tree tree = crossReference.getViewer().getTree();

		NavigationTest.click(tree, NavigationTest.item(tree, section));

		Tree rows = (Tree) properties.getCurrentPage().getControl();
		Workbench.waitUntil(() -> Workbench.descendants(rows.getItems()).stream()
				.anyMatch(row -> "表題の確認状況".equals(row.getText(0)))); //$NON-NLS-1$
		Map<String, String> shown = Workbench.descendants(rows.getItems()).stream()
				.collect(Collectors.toMap(row -> row.getText(0), row -> row.getText(1), (a, b) -> a));
		assertEquals("草案", shown.get("表題の確認状況"), shown.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(shown.containsKey("確認状況の注記"), shown.toString()); //$NON-NLS-1$
		assertFalse(shown.values().stream().anyMatch(CODE), shown.toString());
	}

	/** Scrolls the navigator to the check point and clicks it, as the user does; 詳細 follows. */
	private void clickInNavigator(CheckPoint checkPoint) {
		NavigationTest.clickInNavigator(navigator, checkPoint);
		Workbench.waitUntil(() -> detail.getShownElement() == checkPoint);
		assertEquals(checkPoint, detail.getShownElement(), "the click shows the check point in 詳細"); //$NON-NLS-1$
	}

	private static boolean hasDefinition(GlossaryTerm term) {
		return term.getDefinition() != null && !term.getDefinition().isBlank();
	}

	private static List<Control> controls(Composite parent) {
		List<Control> all = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			all.add(child);
			if (child instanceof Composite composite) {
				all.addAll(controls(composite));
			}
		}
		return all;
	}
}
