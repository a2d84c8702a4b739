/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import jp.kansa.model.Annotation;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.Party;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 評価: the checks, filtered by assessment, contract, party or unassigned, and the assessment of
 * the selected one: 初回確認, 完了日, 評価 and 結論, evidence with its SHA-256 state, annotations
 * and the sign-offs of its check point.
 */
public class AssessmentPage extends EngagementPage {

	public static final String ID = "assessment"; //$NON-NLS-1$

	private final EvidenceStatus evidenceStatus = new EvidenceStatus();
	private Clock clock = Clock.systemUTC();
	private CheckFilter filter = CheckFilter.ALL;
	private Combo statusFilter;
	private Combo contractFilter;
	private Combo partyFilter;
	private Button unassignedFilter;
	private Label count;
	private TableViewer checks;
	private Section detailSection;
	private Label checkPointText;
	private PropertyForm form;
	private TableViewer evidence;
	private TableViewer annotations;
	private Combo signer;
	private Label signOffs;
	private ContractCheck selected;
	private final List<Contract> contractChoices = new ArrayList<>();
	private final List<Party> partyChoices = new ArrayList<>();
	private final List<TeamMember> signerChoices = new ArrayList<>();

	public AssessmentPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_assessment);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		form.getBody().setLayout(new FillLayout());
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		createList(toolkit, sash);
		createDetail(toolkit, sash);
		sash.setWeights(2, 3);
		show(null);
	}

	private void createList(FormToolkit toolkit, Composite parent) {
		Composite list = toolkit.createComposite(parent);
		list.setLayout(new GridLayout(2, false));
		toolkit.createLabel(list, Messages.Assessment_filterStatus);
		statusFilter = combo(toolkit, list);
		toolkit.createLabel(list, Messages.Assessment_filterContract);
		contractFilter = combo(toolkit, list);
		toolkit.createLabel(list, Messages.Assessment_filterParty);
		partyFilter = combo(toolkit, list);
		unassignedFilter = toolkit.createButton(list, Messages.Assessment_filterUnassigned, SWT.CHECK);
		unassignedFilter.addListener(SWT.Selection, e -> filterChanged());
		count = toolkit.createLabel(list, ""); //$NON-NLS-1$
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		statusFilter.add(Messages.Assessment_all);
		for (AssessmentStatus status : AssessmentStatus.values()) {
			statusFilter.add(ModelLabels.literal(status));
		}
		statusFilter.select(0);
		checks = new TableViewer(toolkit.createTable(list, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL));
		Tables.column(checks, Messages.Assessment_checkPoint, 90, o -> ((ContractCheck) o).getCheckPointId(), null, editor());
		Tables.column(checks, Messages.Assessment_contract, 150, o -> ModelLabels.of(((ContractCheck) o).getContract()), null,
				editor());
		Tables.column(checks, Messages.Assessment_responsibility, 130, o -> MatrixCell.text((ContractCheck) o), null, editor());
		Tables.column(checks, Messages.Assessment_assessment, 80, o -> ModelLabels.literal(((ContractCheck) o).getAssessment()),
				null, editor());
		checks.setContentProvider(ArrayContentProvider.getInstance());
		checks.setUseHashlookup(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.horizontalSpan = 2;
		data.heightHint = 200;
		data.widthHint = 200;
		checks.getTable().setLayoutData(data);
		checks.addSelectionChangedListener(e -> show((ContractCheck) e.getStructuredSelection().getFirstElement()));
		selection().follow(checks);
	}

	private Combo combo(FormToolkit toolkit, Composite parent) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> filterChanged());
		return combo;
	}

	private void createDetail(FormToolkit toolkit, Composite parent) {
		detailSection = toolkit.createSection(parent, Section.TITLE_BAR);
		Composite client = toolkit.createComposite(detailSection);
		client.setLayout(new GridLayout());
		detailSection.setClient(client);
		checkPointText = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
		textData.widthHint = 300;
		checkPointText.setLayoutData(textData);
		form = new PropertyForm(toolkit, client, editor());
		form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		toolkit.createLabel(client, Messages.Assessment_evidence);
		evidence = new TableViewer(toolkit.createTable(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(evidence, Messages.Evidence_title, 220, ModelLabels::of, null, editor());
		Tables.column(evidence, Messages.Evidence_kind, 80, o -> ModelLabels.literal(((Evidence) o).getKind()), null, editor());
		Tables.column(evidence, Messages.Evidence_sha256, 140, o -> evidenceStatus.of(editor().folder(), (Evidence) o), null,
				editor());
		evidence.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(evidence.getTable(), 3);
		Composite evidenceButtons = row(toolkit, client, 3);
		button(toolkit, evidenceButtons, Messages.Evidence_link, this::chooseEvidence);
		button(toolkit, evidenceButtons, Messages.Evidence_addFile, this::addEvidenceFile);
		button(toolkit, evidenceButtons, Messages.Evidence_unlink, () -> {
			if (selected != null) {
				commands().execute(commands().unlinkEvidence(selected,
						evidence.getStructuredSelection().stream().map(Evidence.class::cast).toList()));
			}
		});

		toolkit.createLabel(client, Messages.Assessment_annotations);
		annotations = new TableViewer(toolkit.createTable(client, SWT.BORDER | SWT.FULL_SELECTION));
		Tables.column(annotations, Messages.Annotation_time, 120, o -> ModelLabels.of(((Annotation) o).getTime()), null, editor());
		Tables.column(annotations, Messages.Annotation_author, 110, o -> ModelLabels.of(((Annotation) o).getAuthor()), null,
				editor());
		Tables.column(annotations, Messages.Annotation_tickmark, 40, o -> ((Annotation) o).getTickmark(), null, editor());
		Tables.column(annotations, Messages.Annotation_text, 260, o -> ((Annotation) o).getText(), Literals.ANNOTATION__TEXT,
				editor());
		annotations.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(annotations.getTable(), 3);
		button(toolkit, row(toolkit, client, 1), Messages.Annotation_add, this::addAnnotation);

		toolkit.createLabel(client, Messages.Assessment_signOff);
		Composite signRow = row(toolkit, client, 3);
		signer = new Combo(signRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(signer);
		button(toolkit, signRow, Messages.SignOff_asPreparer, () -> signOff(AuditRole.PREPARER));
		button(toolkit, signRow, Messages.SignOff_asReviewer, () -> signOff(AuditRole.REVIEWER));
		signOffs = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		signOffs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private static Composite row(FormToolkit toolkit, Composite parent, int columns) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(columns, false));
		return row;
	}

	private static void button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
		toolkit.createButton(parent, text, SWT.PUSH).addListener(SWT.Selection, e -> action.run());
	}

	// ---- list

	private void filterChanged() {
		int status = statusFilter.getSelectionIndex();
		int contract = contractFilter.getSelectionIndex();
		int party = partyFilter.getSelectionIndex();
		setFilter(new CheckFilter(status <= 0 ? null : AssessmentStatus.values()[status - 1],
				contract <= 0 ? null : contractChoices.get(contract - 1), party <= 0 ? null : partyChoices.get(party - 1),
				unassignedFilter.getSelection()));
	}

	/** Shows only the checks the filter matches (what the filter widgets do). */
	public void setFilter(CheckFilter filter) {
		this.filter = filter;
		List<ContractCheck> shown = filter.apply(editor().engagement());
		checks.setInput(shown.toArray());
		count.setText(NLS.bind(Messages.Assessment_count, shown.size(), editor().engagement().getContractChecks().size()));
		count.getParent().layout();
	}

	public TableViewer checks() {
		return checks;
	}

	@Override
	public void refresh() {
		Engagement engagement = editor().engagement();
		refill(contractFilter, contractChoices, engagement.getContracts());
		refill(partyFilter, partyChoices, engagement.getParties());
		signerChoices.clear();
		signerChoices.addAll(engagement.getTeam());
		int signerIndex = signer.getSelectionIndex();
		signer.setItems(signerChoices.stream().map(ModelLabels::of).toArray(String[]::new));
		signer.select(Math.max(0, signerIndex));
		List<ContractCheck> shown = filter.apply(engagement);
		if (!java.util.Arrays.equals(shown.toArray(), (Object[]) checks.getInput())) {
			setFilter(filter);
		} else {
			checks.refresh();
		}
		if (selected != null && selected.eResource() == null) {
			selected = null;
		}
		show(selected);
	}

	private static <T extends EObject> void refill(Combo combo, List<T> choices, List<T> current) {
		if (choices.equals(current) && combo.getItemCount() == current.size() + 1) {
			return;
		}
		int index = combo.getSelectionIndex();
		choices.clear();
		choices.addAll(current);
		combo.removeAll();
		combo.add(Messages.Assessment_all);
		choices.forEach(choice -> combo.add(ModelLabels.of(choice)));
		combo.select(index < combo.getItemCount() ? Math.max(0, index) : 0);
	}

	// ---- detail

	private void show(ContractCheck check) {
		boolean changed = check != selected || form.input() != check;
		selected = check;
		if (check == null) {
			detailSection.setText(Messages.Assessment_noSelection);
			checkPointText.setText(""); //$NON-NLS-1$
			form.setInput(null, null);
			evidence.setInput(new Object[0]);
			annotations.setInput(new Object[0]);
			signOffs.setText(""); //$NON-NLS-1$
			return;
		}
		detailSection.setText(ModelLabels.of(check));
		CheckPoint checkPoint = CatalogRows.checkPoint(check.getCheckPointId());
		checkPointText.setText(checkPoint == null ? "" : ModelLabels.shorten(checkPoint.getContent(), 200)); //$NON-NLS-1$
		if (changed) {
			form.setInput(check, List.of(Literals.CONTRACT_CHECK__INITIAL_CHECK, Literals.CONTRACT_CHECK__INITIAL_CHECK_DATE,
					Literals.CONTRACT_CHECK__COMPLETION_DATE, Literals.CONTRACT_CHECK__ASSESSMENT,
					Literals.CONTRACT_CHECK__CONCLUSION, Literals.CONTRACT_CHECK__CLAUSES));
		} else {
			form.refresh();
		}
		evidence.setInput(check.getEvidence().toArray());
		annotations.setInput(check.getAnnotations().toArray());
		signOffs.setText(signOffText(check.getCheckPointId()));
		detailSection.getParent().layout(true, true);
	}

	private String signOffText(String checkPointId) {
		List<SignOff> found = editor().engagement().getSignOffs().stream()
				.filter(s -> checkPointId.equals(s.getCheckPointId())).toList();
		if (found.isEmpty()) {
			return Messages.SignOff_none;
		}
		return found.stream().map(s -> NLS.bind(Messages.SignOff_entry,
				new Object[] { ModelLabels.literal(s.getRole()), ModelLabels.of(s.getSigner()), ModelLabels.of(s.getTime()) }))
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	public ContractCheck selected() {
		return selected;
	}

	public PropertyForm form() {
		return form;
	}

	public TableViewer evidence() {
		return evidence;
	}

	public TableViewer annotations() {
		return annotations;
	}

	public String signOffs() {
		return signOffs.getText();
	}

	/** For tests: the time sign-offs and annotations record. */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	private void chooseEvidence() {
		if (selected == null) {
			return;
		}
		List<Evidence> candidates = editor().engagement().getEvidence().stream()
				.filter(e -> !selected.getEvidence().contains(e)).toList();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
				LabelProvider.createTextProvider(ModelLabels::of));
		dialog.setTitle(Messages.Evidence_link);
		dialog.setMessage(Messages.Evidence_chooseMessage);
		dialog.setElements(candidates.toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Evidence chosen) {
			linkEvidence(chosen);
		}
	}

	public void linkEvidence(Evidence chosen) {
		commands().execute(commands().linkEvidence(selected, chosen));
	}

	/**
	 * Records a file as evidence: copied under evidence/ beside the engagement when it is
	 * elsewhere (paths are relative so the folder can be moved as a whole), hashed now.
	 */
	private void addEvidenceFile() {
		if (selected == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			addEvidenceFile(Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Evidence_addFile, e.getMessage());
		}
	}

	public void addEvidenceFile(Path source) throws IOException {
		Path folder = editor().folder();
		Path file = source.toAbsolutePath().normalize();
		if (!file.startsWith(folder)) {
			Path target = folder.resolve("evidence").resolve(file.getFileName()); //$NON-NLS-1$
			Files.createDirectories(target.getParent());
			Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
			file = target;
		}
		Evidence added = KansaFactory.eINSTANCE.createEvidence();
		added.setTitle(file.getFileName().toString());
		added.setKind(EvidenceKind.FILE);
		added.setPath(folder.relativize(file).toString().replace('\\', '/'));
		EvidenceFiles.record(folder, added);
		commands().execute(commands().linkEvidence(selected, added));
	}

	private void addAnnotation() {
		if (selected == null) {
			return;
		}
		AnnotationDialog dialog = new AnnotationDialog(getSite().getShell(), editor().engagement().getTeam());
		if (dialog.open() == Window.OK) {
			annotate(dialog.author(), dialog.tickmark(), dialog.text());
		}
	}

	public void annotate(TeamMember author, String tickmark, String text) {
		commands().execute(commands().annotate(selected, author, tickmark, text, clock.instant()));
	}

	private void signOff(AuditRole role) {
		int index = signer.getSelectionIndex();
		if (selected != null && index >= 0 && index < signerChoices.size()) {
			signOff(role, signerChoices.get(index));
		}
	}

	public void signOff(AuditRole role, TeamMember member) {
		commands().execute(commands().signOff(selected.getCheckPointId(), role, member, clock.instant()));
	}

	public void select(ContractCheck check) {
		if (!filter.matches(check)) {
			setFilter(CheckFilter.ALL);
		}
		checks.setSelection(new StructuredSelection(check), true);
		show(check);
	}

	@Override
	public boolean reveal(EObject object) {
		if (object instanceof ContractCheck check) {
			select(check);
			return true;
		}
		if (object instanceof SignOff signOff) {
			editor().engagement().getContractChecks().stream()
					.filter(c -> c.getCheckPointId().equals(signOff.getCheckPointId())).findFirst().ifPresent(this::select);
			return true;
		}
		if (object instanceof Evidence found) {
			editor().engagement().getContractChecks().stream().filter(c -> c.getEvidence().contains(found)).findFirst()
					.ifPresent(check -> {
						select(check);
						evidence.setSelection(new StructuredSelection(found), true);
					});
			return true;
		}
		return false;
	}
}
