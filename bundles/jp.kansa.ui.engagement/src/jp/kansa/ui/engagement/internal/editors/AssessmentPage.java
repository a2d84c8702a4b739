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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
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
import jp.kansa.ui.engagement.internal.AuditorIdentity;
import jp.kansa.ui.engagement.internal.editors.EvidenceDialog.Details;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * 評価: the checks, filtered by assessment, contract, party or unassigned, and the assessment of
 * the selected one: 初回確認, 完了日, 評価 and 結論, evidence with its SHA-256 state, annotations
 * and the sign-offs of its check point, with what each covers.
 * <p>
 * The check being edited stays in the list when an edit makes it leave the filter (未評価 → 適合):
 * the auditor goes on with 結論 and evidence; the filter applies again once another row is
 * selected or the filter is chosen again. The detail scrolls with the page rather than squeezing
 * its tables, so evidence and annotations always have rows to show.
 */
public class AssessmentPage extends EngagementPage {

	public static final String ID = "assessment"; //$NON-NLS-1$

	/** Evidence files are read in the background; a row is redrawn when its state comes in. */
	private final EvidenceStatus evidenceStatus;
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
	/** 前年度の結論, read-only, in an engagement rolled forward from the prior year. */
	private Label priorConclusion;
	private Label vendorAnswers;
	private PropertyForm form;
	private TableViewer evidence;
	private TableViewer annotations;
	private Combo signer;
	private Button signAsPreparer;
	private Button signAsReviewer;
	private Label signOffs;
	/** Set while the page itself changes the list, whose selection events are then not the user's. */
	private boolean updatingList;
	/** Seams for tests: the native file dialog and the system's program launcher cannot be driven. */
	private Function<Shell, String> fileChooser = this::chooseFile;
	private Predicate<String> launcher = Program::launch;
	private ContractCheck selected;
	private final List<Contract> contractChoices = new ArrayList<>();
	private final List<Party> partyChoices = new ArrayList<>();
	private final List<TeamMember> signerChoices = new ArrayList<>();

	public AssessmentPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_assessment);
		// the editor's checker: a file hashed for the live validation is not hashed again here
		this.evidenceStatus = new EvidenceStatus(editor.evidenceChecker(), known -> {
			if (this.evidence != null && !this.evidence.getControl().isDisposed()) {
				this.evidence.update(known, null);
			}
		});
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
		toolkit.createLabel(list, ""); //$NON-NLS-1$
		count = toolkit.createLabel(list, "", SWT.WRAP); //$NON-NLS-1$
		GridData countData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		countData.horizontalSpan = 2;
		countData.widthHint = 200;
		count.setLayoutData(countData);
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
		// 評価 is what the auditor scans the list for: it must not hide behind a sideways scroll
		ColumnWeights.apply(checks.getTable(), 55, 50, 60, 60);
		checks.setContentProvider(ArrayContentProvider.getInstance());
		checks.setUseHashlookup(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.horizontalSpan = 2;
		data.heightHint = 200;
		data.widthHint = 200;
		checks.getTable().setLayoutData(data);
		checks.addSelectionChangedListener(e -> {
			if (!updatingList) {
				selectionChanged((ContractCheck) e.getStructuredSelection().getFirstElement());
			}
		});
		selection().follow(checks);
	}

	private Combo combo(FormToolkit toolkit, Composite parent) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		WheelScrollsPage.guard(combo);
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
		priorConclusion = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		PriorYear.show(priorConclusion, null);
		vendorAnswers = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		VendorAnswers.show(vendorAnswers, null);
		form = new PropertyForm(toolkit, client, editor());
		form.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		toolkit.createLabel(client, Messages.Assessment_evidence);
		evidence = new TableViewer(toolkit.createTable(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(evidence, Messages.Evidence_title, 220, o -> PriorYear.evidenceTitle((Evidence) o), null, editor());
		Tables.column(evidence, Messages.Evidence_kind, 80, o -> ModelLabels.literal(((Evidence) o).getKind()), null, editor());
		Tables.column(evidence, Messages.Evidence_sha256, 140, o -> evidenceStatus.of(editor().folder(), (Evidence) o), null,
				editor());
		evidence.setContentProvider(ArrayContentProvider.getInstance());
		evidence.getTable().setToolTipText(Messages.AssessmentPage_evidenceHint);
		evidence.addDoubleClickListener(e -> {
			if (evidence.getStructuredSelection().getFirstElement() instanceof Evidence chosen) {
				open(chosen);
			}
		});
		keepRows(evidence.getTable(), 3);
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
		keepRows(annotations.getTable(), 3);
		button(toolkit, row(toolkit, client, 1), Messages.Annotation_add, this::addAnnotation);

		toolkit.createLabel(client, Messages.Assessment_signOff);
		Composite signRow = row(toolkit, client, 3);
		signer = new Combo(signRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(signer);
		WheelScrollsPage.guard(signer);
		signAsPreparer = button(toolkit, signRow, Messages.SignOff_asPreparer, () -> signOff(AuditRole.PREPARER));
		signAsReviewer = button(toolkit, signRow, Messages.SignOff_asReviewer, () -> signOff(AuditRole.REVIEWER));
		Label scope = toolkit.createLabel(client, Messages.AssessmentPage_signScope, SWT.WRAP);
		GridData scopeData = new GridData(SWT.FILL, SWT.TOP, true, false);
		scopeData.widthHint = 300;
		scope.setLayoutData(scopeData);
		signOffs = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridData signOffData = new GridData(SWT.FILL, SWT.TOP, true, false);
		signOffData.widthHint = 300;
		signOffs.setLayoutData(signOffData);
	}

	/**
	 * Gives a table room for some rows that the layout may not take away: as a grabbing row of
	 * the detail it would otherwise be the first to shrink, to nothing, when the form above grows.
	 */
	private static void keepRows(Table table, int rows) {
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getHeaderHeight() + table.getItemHeight() * rows + 2 * table.getBorderWidth();
		data.minimumHeight = data.heightHint;
		data.widthHint = 200;
		table.setLayoutData(data);
	}

	private static Composite row(FormToolkit toolkit, Composite parent, int columns) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(columns, false));
		return row;
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
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

	/**
	 * Shows only the checks the filter matches (what the filter widgets do): a filter chosen
	 * anew applies to the check being edited too.
	 */
	public void setFilter(CheckFilter filter) {
		this.filter = filter;
		List<ContractCheck> shown = filter.apply(editor().engagement());
		setRows(shown);
		if (selected != null && !shown.contains(selected)) {
			show(null);
		}
	}

	/** The checks the filter matches, and the one being edited even when it no longer does. */
	private List<ContractCheck> rows(Engagement engagement) {
		return engagement.getContractChecks().stream().filter(c -> c == selected || filter.matches(c)).toList();
	}

	private void setRows(List<ContractCheck> rows) {
		updatingList = true;
		try {
			checks.setInput(rows.toArray());
			if (selected != null && rows.contains(selected)) {
				checks.setSelection(new StructuredSelection(selected), true);
			}
		} finally {
			updatingList = false;
		}
		updateCount(rows);
	}

	private void updateCount(List<ContractCheck> rows) {
		int total = editor().engagement().getContractChecks().size();
		boolean held = selected != null && rows.contains(selected) && !filter.matches(selected);
		count.setText(NLS.bind(held ? Messages.AssessmentPage_countHeld : Messages.Assessment_count, rows.size(), total));
		count.getParent().layout();
	}

	/** The user selected another row: the one left behind leaves the list if the filter no longer matches it. */
	private void selectionChanged(ContractCheck check) {
		ContractCheck left = selected;
		show(check);
		if (left != null && left != check && !filter.matches(left)) {
			setRows(rows(editor().engagement()));
		}
	}

	/** The auditor's own name (設定 > 監査ワークベンチ) when on the team, else the first member. */
	private static int ownIndex(List<TeamMember> team) {
		String own = AuditorIdentity.name();
		for (int i = 0; !own.isEmpty() && i < team.size(); i++) {
			if (own.equals(team.get(i).getName() == null ? null : team.get(i).getName().strip())) {
				return i;
			}
		}
		return 0;
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
		signer.select(signerIndex >= 0 ? signerIndex : ownIndex(signerChoices));
		if (selected != null && selected.eResource() == null) {
			selected = null;
		}
		List<ContractCheck> shown = rows(engagement);
		if (!Arrays.equals(shown.toArray(), (Object[]) checks.getInput())) {
			setRows(shown);
		} else {
			checks.refresh();
			updateCount(shown); // it may say now that the edited check is held
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
		if (changed) {
			evidenceStatus.restart(); // the files of the check left behind need no more reading
		}
		if (check == null) {
			detailSection.setText(Messages.Assessment_noSelection);
			checkPointText.setText(""); //$NON-NLS-1$
			PriorYear.show(priorConclusion, null);
			VendorAnswers.show(vendorAnswers, null);
			form.setInput(null, null);
			evidence.setInput(new Object[0]);
			annotations.setInput(new Object[0]);
			signOffs.setText(""); //$NON-NLS-1$
			getManagedForm().reflow(true);
			return;
		}
		detailSection.setText(ModelLabels.of(check));
		CheckPoint checkPoint = CatalogRows.checkPoint(check.getCheckPointId());
		checkPointText.setText(checkPoint == null ? "" : ModelLabels.shorten(checkPoint.getContent(), 200)); //$NON-NLS-1$
		PriorYear.show(priorConclusion, check);
		VendorAnswers.show(vendorAnswers, check);
		if (changed) {
			form.setInput(check, List.of(Literals.CONTRACT_CHECK__INITIAL_CHECK, Literals.CONTRACT_CHECK__INITIAL_CHECK_DATE,
					Literals.CONTRACT_CHECK__COMPLETION_DATE, Literals.CONTRACT_CHECK__ASSESSMENT,
					Literals.CONTRACT_CHECK__CONCLUSION, Literals.CONTRACT_CHECK__CLAUSES));
		} else {
			form.refresh();
		}
		evidence.setInput(check.getEvidence().toArray());
		annotations.setInput(check.getAnnotations().toArray());
		signOffs.setText(SignOffs.describe(editor().engagement(), check.getCheckPointId()));
		// the form holds more rows now: let the page scroll rather than squeeze the tables
		getManagedForm().reflow(true);
	}

	public ContractCheck selected() {
		return selected;
	}

	/** Whether evidence files of the shown check are still being read (their rows say 確認中…). */
	public boolean isCheckingEvidence() {
		return evidenceStatus.isChecking();
	}

	@Override
	public void dispose() {
		evidenceStatus.dispose();
		super.dispose();
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

	public Combo statusFilter() {
		return statusFilter;
	}

	public Combo signer() {
		return signer;
	}

	public Button signAsPreparer() {
		return signAsPreparer;
	}

	public Button signAsReviewer() {
		return signAsReviewer;
	}

	public String countText() {
		return count.getText();
	}

	/** For tests: what the 追加 (ファイル) button asks for instead of the native file dialog. */
	public void setFileChooser(Function<Shell, String> fileChooser) {
		this.fileChooser = fileChooser;
	}

	/** For tests: what opens an evidence file or URL instead of the system's program. */
	public void setLauncher(Predicate<String> launcher) {
		this.launcher = launcher;
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
		String chosen = fileChooser.apply(getSite().getShell());
		if (chosen == null) {
			return;
		}
		Path source = Path.of(chosen);
		EvidenceDialog dialog = new EvidenceDialog(getSite().getShell(), source.getFileName().toString(),
				editor().engagement().getParties());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			addEvidenceFile(source, dialog.details());
		} catch (IOException e) {
			new MessageDialog(getSite().getShell(), Messages.Evidence_addFile, null, e.getMessage(), MessageDialog.ERROR, 0,
					Messages.AssessmentPage_close).open();
		}
	}

	private String chooseFile(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.AssessmentPage_evidenceChooserTitle);
		if (editor().folder() != null) {
			dialog.setFilterPath(editor().folder().toString());
		}
		return dialog.open();
	}

	public void addEvidenceFile(Path source) throws IOException {
		addEvidenceFile(source, new Details(source.getFileName().toString(), null, null, null));
	}

	public void addEvidenceFile(Path source, Details details) throws IOException {
		Path folder = editor().folder();
		Path file = source.toAbsolutePath().normalize();
		if (!file.startsWith(folder)) {
			file = copyIntoFolder(file, folder.resolve("evidence")); //$NON-NLS-1$
		}
		Evidence added = KansaFactory.eINSTANCE.createEvidence();
		added.setTitle(details.title());
		added.setProvidedBy(details.provider());
		added.setEffectiveDate(details.effective());
		added.setExpiryDate(details.expiry());
		added.setKind(EvidenceKind.FILE);
		added.setPath(folder.relativize(file).toString().replace('\\', '/'));
		EvidenceFiles.record(folder, added);
		commands().execute(commands().linkEvidence(selected, added));
	}

	/**
	 * Copies the file into the evidence folder under a name not yet taken: another evidence file
	 * of the same name is what an earlier check was assessed on and must stay as it was.
	 */
	private static Path copyIntoFolder(Path file, Path evidenceFolder) throws IOException {
		Files.createDirectories(evidenceFolder);
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : ""; //$NON-NLS-1$
		Path target = evidenceFolder.resolve(name);
		for (int n = 2; Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
			target = evidenceFolder.resolve(stem + " (" + n + ")" + extension); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
		return target;
	}

	/** Opens an evidence file (inside the engagement folder) or URL with the system's program. */
	public void open(Evidence chosen) {
		String target;
		if (chosen.getKind() == EvidenceKind.URL && chosen.getUrl() != null && !chosen.getUrl().isBlank()) {
			target = chosen.getUrl();
		} else if (chosen.getKind() == EvidenceKind.FILE) {
			Path folder = editor().folder();
			Optional<Path> file = folder == null ? Optional.empty() : EvidenceFiles.resolve(folder, chosen);
			if (file.isEmpty() || !file.get().startsWith(folder) || !Files.isRegularFile(file.get())) {
				tell(NLS.bind(Messages.AssessmentPage_openMissing, chosen.getPath()));
				return;
			}
			target = file.get().toString();
		} else {
			return; // a document or a clause: nothing on this machine to open
		}
		if (!launcher.test(target)) {
			tell(NLS.bind(Messages.AssessmentPage_openFailed, target));
		}
	}

	private void tell(String message) {
		new MessageDialog(getSite().getShell(), Messages.AssessmentPage_openTitle, null, message, MessageDialog.ERROR, 0,
				Messages.AssessmentPage_close).open();
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

	/**
	 * A click on 作成者/査閲者として承認: refused when the signer holds the other role for this
	 * check point (four eyes) or nothing is in scope; with checks still 未評価 the user is shown
	 * every covered check and its state and must confirm (キャンセル is the default).
	 */
	private void signOff(AuditRole role) {
		if (selected == null) {
			return;
		}
		int index = signer.getSelectionIndex();
		TeamMember member = index >= 0 && index < signerChoices.size() ? signerChoices.get(index) : null;
		String checkPointId = selected.getCheckPointId();
		SignOffs.Request request = SignOffs.request(editor().engagement(), checkPointId, role, member);
		Shell shell = getSite().getShell();
		if (request.refusal() != null) {
			new MessageDialog(shell, Messages.AssessmentPage_signRefused, null, request.refusal(), MessageDialog.ERROR, 0,
					Messages.AssessmentPage_close).open();
			return;
		}
		if (!request.notAssessed().isEmpty()) {
			String message = NLS.bind(Messages.AssessmentPage_signNotAssessed,
					new Object[] { checkPointId, ModelLabels.literal(role), SignOffs.lines(request.covered()) });
			MessageDialog warning = new MessageDialog(shell, Messages.AssessmentPage_signNotAssessedTitle, null, message,
					MessageDialog.WARNING, 1, Messages.AssessmentPage_signAnyway, Messages.AssessmentPage_cancel);
			if (warning.open() != 0) {
				return;
			}
		}
		signOff(role, member);
	}

	public void signOff(AuditRole role, TeamMember member) {
		commands().execute(commands().signOff(selected.getCheckPointId(), role, member, clock.instant()));
	}

	public void select(ContractCheck check) {
		if (!filter.matches(check) && check != selected) {
			statusFilter.select(0);
			contractFilter.select(0);
			partyFilter.select(0);
			unassignedFilter.setSelection(false);
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
