/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.Recommendation;
import jp.kansa.model.Reference;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.labels.CatalogLabels;

/**
 * Builds the detail form of one check point: one titled section per 確認表 column. Texts are
 * read-only wrapping Text widgets (selectable, so auditors can copy the ministry's wording)
 * laid out by TableWrapLayout, which wraps them to the view width instead of cutting them.
 */
class DetailRenderer {

	/** How far a term's definition is indented under the term. */
	private static final int DEFINITION_INDENT = 12;

	private final FormToolkit toolkit;
	private final Composite body;
	private final BiConsumer<Reference, Hyperlink> linkCreated;

	DetailRenderer(FormToolkit toolkit, Composite body, BiConsumer<Reference, Hyperlink> linkCreated) {
		this.toolkit = toolkit;
		this.body = body;
		this.linkCreated = linkCreated;
	}

	void hint(String text) {
		Label label = toolkit.createLabel(body, text, SWT.WRAP);
		label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
	}

	/** @param withItem whether to repeat the item title (not needed when the item is the heading) */
	void checkPoint(CheckPoint checkPoint, boolean withItem) {
		if (withItem && checkPoint.getItem() != null) {
			text(section(Messages.Detail_item), CatalogLabels.text(checkPoint.getItem()));
		}
		String marker = checkPoint.getMarker() == null ? "" : checkPoint.getMarker() + " "; //$NON-NLS-1$ //$NON-NLS-2$
		String contentTitle = withItem ? Messages.Detail_content
				: Messages.Detail_content + "  " + marker + "[" + checkPoint.getId() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		text(section(contentTitle), checkPoint.getContent());
		if (hasText(checkPoint.getRisk())) {
			text(section(Messages.Detail_risk), checkPoint.getRisk());
		}
		recommendation(section(Messages.Detail_recommendation), checkPoint);
		references(section(Messages.Detail_references), checkPoint);
		if (!checkPoint.getTerms().isEmpty()) {
			terms(section(Messages.Detail_terms), checkPoint.getTerms());
		}
	}

	private Composite section(String title) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		section.setText(title);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		TableWrapLayout layout = new TableWrapLayout();
		layout.topMargin = 2;
		layout.bottomMargin = 2;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	private Text text(Composite parent, String value) {
		Text text = toolkit.createText(parent, value == null ? "" : value, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY); //$NON-NLS-1$
		text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		return text;
	}

	/**
	 * The whole text, or its lead-in followed by the (a)(b)… recommendations, one paragraph each
	 * beginning with its label, as the 確認表 prints them. Labels in a column of their own beside
	 * the texts made the section as wide as the label plus a text's minimum width (200 px): wider
	 * than 詳細 at 1024×700, which then cut every line at its edge.
	 */
	private void recommendation(Composite parent, CheckPoint checkPoint) {
		List<Recommendation> parts = checkPoint.getRecommendations();
		if (parts.isEmpty()) {
			text(parent, checkPoint.getRecommendation());
			return;
		}
		String leadIn = leadIn(checkPoint.getRecommendation(), parts.get(0).getLabel());
		if (!leadIn.isEmpty()) {
			text(parent, leadIn);
		}
		for (Recommendation part : parts) {
			text(parent, part.getLabel() + " " + part.getText()); //$NON-NLS-1$
		}
	}

	/** The importer keeps text before (a) only in the whole text; it applies to every label. */
	private static String leadIn(String whole, String firstLabel) {
		if (whole == null || firstLabel == null) {
			return ""; //$NON-NLS-1$
		}
		int at = whole.indexOf(firstLabel);
		return at <= 0 ? "" : whole.substring(0, at).strip(); //$NON-NLS-1$
	}

	private void references(Composite parent, CheckPoint checkPoint) {
		if (checkPoint.getReferences().isEmpty()) {
			text(parent, hasText(checkPoint.getReferenceText()) ? checkPoint.getReferenceText() : Messages.Detail_noReferences);
			return;
		}
		for (Reference reference : checkPoint.getReferences()) {
			Hyperlink link = WrappedHyperlink.create(toolkit, parent, ReferenceTexts.linkText(reference));
			link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			link.setToolTipText(NLS.bind(Messages.Detail_referenceTooltip, ReferenceTexts.targetDescription(reference)));
			link.setEnabled(reference.getTarget() != null);
			linkCreated.accept(reference, link);
		}
		if (hasText(checkPoint.getReferenceText())) {
			Control printed = text(parent, checkPoint.getReferenceText());
			printed.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
	}

	/**
	 * Each term above its definition, indented. Side by side, the column of names took the width
	 * of the longest name (情報セキュリティマネジメント試験, 208 px) and the definitions at least 200 px
	 * more: in a view narrower than that (詳細 at 1024×700) the whole page widened beyond the view
	 * and every line of every section was cut at its edge.
	 */
	private void terms(Composite parent, List<GlossaryTerm> terms) {
		for (GlossaryTerm term : terms) {
			Label name = toolkit.createLabel(parent, term.getTerm(), SWT.WRAP);
			name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
			name.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			TableWrapData indented = new TableWrapData(TableWrapData.FILL_GRAB);
			indented.indent = DEFINITION_INDENT;
			text(parent, ReferenceTexts.definition(term)).setLayoutData(indented);
		}
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}
}
