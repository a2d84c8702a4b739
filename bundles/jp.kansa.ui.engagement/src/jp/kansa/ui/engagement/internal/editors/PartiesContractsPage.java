/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 当事者・契約: the parties and contracts on the left, the one selected last in the detail on
 * the right (with the clauses of a contract, which findings and checks cite).
 */
public class PartiesContractsPage extends EngagementPage {

	public static final String ID = "partiesContracts"; //$NON-NLS-1$

	private TableViewer parties;
	private TableViewer contracts;
	private Section detailSection;
	private PropertyForm detail;
	private Composite clausesClient;
	private TableViewer clauses;

	public PartiesContractsPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_partiesContracts);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		form.getBody().setLayout(new FitWidthLayout());
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		Composite masters = toolkit.createComposite(sash);
		masters.setLayout(new GridLayout());

		Composite partiesClient = section(toolkit, masters, Messages.Parties_title);
		// virtual, like the other long lists: 200 contracts with their vendors fill only the visible rows
		parties = new TableViewer(toolkit.createTable(partiesClient, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL));
		Tables.column(parties, Messages.Parties_name, 240, ModelLabels::of, null, editor());
		Tables.column(parties, Messages.Parties_kind, 90, o -> ModelLabels.literal(((Party) o).getKind()), null, editor());
		// 種別 (元請事業者, 再委託先…) must show beside long names
		ColumnWeights.apply(parties.getTable(), 100, 90);
		parties.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(parties.getTable(), 6);
		buttons(toolkit, partiesClient, () -> commands().execute(commands().addParty(Messages.Parties_newParty, PartyKind.VENDOR)),
				parties);

		Composite contractsClient = section(toolkit, masters, Messages.Contracts_title);
		contracts = new TableViewer(toolkit.createTable(contractsClient, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL));
		Tables.column(contracts, Messages.Contracts_name, 240, ModelLabels::of, null, editor());
		Tables.column(contracts, Messages.Contracts_kind, 110, o -> ModelLabels.literal(((Contract) o).getKind()), null,
				editor());
		ColumnWeights.apply(contracts.getTable(), 100, 115);
		contracts.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(contracts.getTable(), 6);
		buttons(toolkit, contractsClient, this::addContract, contracts);

		detailSection = toolkit.createSection(sash, Section.TITLE_BAR);
		detailSection.setText(Messages.Detail_title);
		Composite detailClient = toolkit.createComposite(detailSection);
		detailClient.setLayout(new GridLayout());
		detailSection.setClient(detailClient);
		detail = new PropertyForm(toolkit, detailClient, editor());
		detail.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		clausesClient = toolkit.createComposite(detailClient);
		clausesClient.setLayout(new GridLayout());
		clausesClient.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.createLabel(clausesClient, Messages.Contracts_clauses);
		clauses = new TableViewer(toolkit.createTable(clausesClient, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(clauses, Messages.Clause_number, 90, o -> ((Clause) o).getNumber(), Literals.CLAUSE__NUMBER, editor());
		Tables.column(clauses, Messages.Clause_heading, 240, o -> ((Clause) o).getHeading(), Literals.CLAUSE__HEADING,
				editor());
		clauses.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(clauses.getTable(), 5);
		buttons(toolkit, clausesClient, () -> {
			if (detail.input() instanceof Contract contract) {
				commands().execute(commands().addClause(contract, Messages.Clause_newNumber, "")); //$NON-NLS-1$
			}
		}, clauses);
		sash.setWeights(2, 3);

		parties.addSelectionChangedListener(e -> show(e.getStructuredSelection().getFirstElement()));
		contracts.addSelectionChangedListener(e -> show(e.getStructuredSelection().getFirstElement()));
		selection().follow(parties);
		selection().follow(contracts);
		selection().follow(clauses);
		show(null);
	}

	private void addContract() {
		commands().execute(commands().addContract(Messages.Contracts_newContract, CatalogRows.checkPoints()));
		List<Contract> all = editor().engagement().getContracts();
		contracts.setSelection(new StructuredSelection(all.get(all.size() - 1)), true);
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout());
		section.setClient(client);
		return client;
	}

	private void buttons(FormToolkit toolkit, Composite parent, Runnable add, TableViewer viewer) {
		Composite buttons = toolkit.createComposite(parent);
		buttons.setLayout(new GridLayout(2, true));
		Button addButton = toolkit.createButton(buttons, Messages.Button_add, SWT.PUSH);
		addButton.addListener(SWT.Selection, e -> add.run());
		Button remove = toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, e -> commands().execute(commands().delete(
				((IStructuredSelection) viewer.getSelection()).stream().map(EObject.class::cast).toList())));
	}

	private void show(Object object) {
		EObject shown = object instanceof EObject eObject ? eObject : null;
		detail.setInput(shown, null);
		detailSection.setText(shown == null ? Messages.Detail_title : ModelLabels.of(shown));
		boolean contract = shown instanceof Contract;
		clausesClient.setVisible(contract);
		((GridData) clausesClient.getLayoutData()).exclude = !contract;
		clauses.setInput(contract ? ((Contract) shown).getClauses().toArray() : new Object[0]);
		detailSection.getParent().layout(true, true);
		getManagedForm().reflow(true); // the page's scroll bars follow the detail's new height
	}

	@Override
	public void refresh() {
		Engagement engagement = editor().engagement();
		parties.setInput(engagement.getParties().toArray());
		contracts.setInput(engagement.getContracts().toArray());
		detail.refresh();
		if (detail.input() instanceof Contract contract) {
			clauses.setInput(contract.getClauses().toArray());
		} else if (detail.input() == null) {
			show(null);
		}
	}

	/** The form of the selected party or contract. */
	public PropertyForm detail() {
		return detail;
	}

	public TableViewer contracts() {
		return contracts;
	}

	public TableViewer parties() {
		return parties;
	}

	/** The 契約条項 of the selected contract. */
	public TableViewer clauses() {
		return clauses;
	}

	@Override
	public boolean reveal(EObject object) {
		if (object instanceof Party) {
			parties.setSelection(new StructuredSelection(object), true);
			return true;
		}
		if (object instanceof Contract) {
			contracts.setSelection(new StructuredSelection(object), true);
			return true;
		}
		if (object instanceof Clause clause && clause.eContainer() instanceof Contract contract) {
			contracts.setSelection(new StructuredSelection(contract), true);
			clauses.setSelection(new StructuredSelection(clause), true);
			return true;
		}
		return false;
	}
}
