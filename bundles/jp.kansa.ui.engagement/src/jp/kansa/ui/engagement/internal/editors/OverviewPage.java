/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.IExpansionListener;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.ToggleHyperlink;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.AuditRole;
import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/** 概要: what is audited, by whom, how far along, and how many problems validation sees. */
public class OverviewPage extends EngagementPage {

	public static final String ID = "overview"; //$NON-NLS-1$

	private static final List<AssessmentStatus> COLUMNS = List.of(AssessmentStatus.CONFORMING,
			AssessmentStatus.PARTIALLY_CONFORMING, AssessmentStatus.NON_CONFORMING, AssessmentStatus.NOT_ASSESSED,
			AssessmentStatus.NOT_APPLICABLE);

	/**
	 * Rows a progress table shows before it scrolls itself. A table as tall as 200 contracts made
	 * its section 5,000 pixels high, and a forms Section paints its title bar through an image of
	 * its whole size on every paint: opening the 200-contract engagement spent most of its time
	 * there (profiled, see MatrixBenchmarkTest).
	 */
	static final int MAX_VISIBLE_ROWS = 10;

	/**
	 * What a column needs for the sections to stand two abreast: the team table's natural width
	 * (its two columns) with the borders and margins of its section. Narrower, the fields of 監査
	 * were squeezed to a third of their width, so the page takes one column instead.
	 */
	static final int COLUMN_WIDTH = 340;

	/** Section trim around a table (borders, margins, a scroll bar) added to its columns' widths. */
	private static final int TABLE_TRIM = 40;

	/** The tables' columns (px): narrow enough that two of these tables stand side by side on a maximised 1600 px editor. */
	private static final int[] VENDOR_COLUMN_WIDTHS = { 220, 90, 100, 70, 70, 90 };
	private static final int PROGRESS_NAME_WIDTH = 220;
	private static final int PROGRESS_COUNT_WIDTH = 72;
	private static final int PROGRESS_PERCENT_WIDTH = 80;

	private final Set<Control> wideSections = new HashSet<>();
	private final Set<Control> fullWidth = new HashSet<>();
	private final Map<String, Section> sections = new LinkedHashMap<>();
	private ScrolledForm form;
	private ReflowingColumns columns;
	private PropertyForm general;
	private TableViewer team;
	private Table partProgress;
	private Table contractProgress;
	private Label validationSummary;
	private Text fileLocation;
	private Table vendorRound;
	private VirtualRows partRows;
	private VirtualRows contractRows;
	private VirtualRows vendorRows;

	public OverviewPage(EngagementEditor editor) {
		super(editor, ID, Messages.Page_overview);
	}

	@Override
	protected void createContent(FormToolkit toolkit, ScrolledForm form) {
		this.form = form;
		Composite body = toolkit.createComposite(form.getBody());
		columns = new ReflowingColumns(body, COLUMN_WIDTH, this::wideTableWidth, wideSections, fullWidth);
		form.getBody().setLayout(columns);
		for (Path copy : editor().recoveredCopies()) {
			recoveredNotice(toolkit, body, copy);
		}

		Composite generalClient = section(toolkit, body, "general", Messages.Overview_general); //$NON-NLS-1$
		general = new PropertyForm(toolkit, generalClient, editor());
		general.setInput(editor().engagement(), List.of(Literals.ENGAGEMENT__NAME, Literals.ENGAGEMENT__INSTITUTION,
				Literals.ENGAGEMENT__REFERENCE_DATE, Literals.ENGAGEMENT__PERIOD_START, Literals.ENGAGEMENT__PERIOD_END,
				Literals.ENGAGEMENT__CATALOG_ID));
		// the fields take the section's width, narrower or wider than their 300 px (they were cut at its edge)
		general.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fileLocation = fileLocation(toolkit, generalClient);

		Composite teamClient = section(toolkit, body, "team", Messages.Overview_team); //$NON-NLS-1$
		team = new TableViewer(toolkit.createTable(teamClient, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI));
		Tables.column(team, Messages.Overview_teamName, 200, o -> ModelLabels.of(o), Literals.TEAM_MEMBER__NAME, editor());
		Tables.column(team, Messages.Overview_teamRole, 100, o -> ModelLabels.literal(((TeamMember) o).getRole()),
				Literals.TEAM_MEMBER__ROLE, editor());
		team.setContentProvider(ArrayContentProvider.getInstance());
		Tables.layout(team.getTable(), 4);
		revealOnFocus(toolkit, team.getTable());
		// with no team member chosen the page stands for the engagement: the Properties view shows it and its file
		team.addSelectionChangedListener(e -> selection().setSelection(e.getSelection().isEmpty() ? engagementSelection() : e.getSelection()));
		selection().setSelection(engagementSelection());
		Composite buttons = toolkit.createComposite(teamClient);
		buttons.setLayout(new GridLayout(2, true));
		Button add = toolkit.createButton(buttons, Messages.Button_add, SWT.PUSH);
		add.addListener(SWT.Selection, e -> commands().execute(commands().addTeamMember(Messages.Overview_newMember, AuditRole.PREPARER)));
		Button remove = toolkit.createButton(buttons, Messages.Button_remove, SWT.PUSH);
		remove.addListener(SWT.Selection, e -> commands().execute(commands().delete(
				((IStructuredSelection) team.getSelection()).stream().map(EObject.class::cast).toList())));

		Composite validationClient = section(toolkit, body, "validation", Messages.Overview_validation); //$NON-NLS-1$
		// one line: across the page, so that Part ごとの進捗 below can span it with all its columns
		fullWidth.add(validationClient.getParent());
		validationSummary = toolkit.createLabel(validationClient, "", SWT.WRAP); //$NON-NLS-1$
		validationSummary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite partClient = section(toolkit, body, "parts", Messages.Overview_progressByPart); //$NON-NLS-1$
		// seven columns: in half the page five of them sat behind a sideways scroll
		wideSections.add(partClient.getParent());
		partProgress = progressTable(toolkit, partClient);
		partRows = new VirtualRows(partProgress);
		Composite contractClient = section(toolkit, body, "contracts", Messages.Overview_progressByContract); //$NON-NLS-1$
		wideSections.add(contractClient.getParent());
		contractProgress = progressTable(toolkit, contractClient);
		contractRows = new VirtualRows(contractProgress);
		Composite vendorClient = section(toolkit, body, "vendors", Messages.Overview_vendorRound); //$NON-NLS-1$
		wideSections.add(vendorClient.getParent());
		vendorRound = vendorTable(toolkit, vendorClient);
		vendorRows = new VirtualRows(vendorRound);
		for (Table table : List.of(partProgress, contractProgress, vendorRound)) {
			revealOnFocus(toolkit, table);
		}
	}

	/**
	 * Scrolls the form to a table when it gets the keyboard focus (Tab from the section above):
	 * FormToolkit does so for the texts and buttons it creates, not for its tables, and on a small
	 * screen the focus then went to a table below the visible part of the page.
	 */
	private static void revealOnFocus(FormToolkit toolkit, Control control) {
		toolkit.adapt(control, true, false);
	}

	/**
	 * The natural width of the widest of the wide tables with its section around it: their columns'
	 * widths as created (GTK widens the last column to the table's width, so the widths read later
	 * would follow the layout instead of leading it).
	 */
	private int wideTableWidth() {
		return Math.max(progressColumnsWidth(), vendorColumnsWidth()) + TABLE_TRIM;
	}
	/** Per vendor: where its latest request stands (未送付 / 送付済 / 回答済 / 取込済 / 期限超過). */
	private static Table vendorTable(FormToolkit toolkit, Composite parent) {
		Table table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] titles = { Messages.Overview_vendor, Messages.Overview_vendorStatus, Messages.Overview_vendorDue,
				Messages.Overview_vendorRequest, Messages.Overview_vendorAnswers, Messages.Overview_vendorDisagreements };
		int[] widths = VENDOR_COLUMN_WIDTHS;
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, i >= 4 ? SWT.RIGHT : SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return table;
	}

	/** The round judged today (a due date is a chase list), in the workbench's language. */
	private void fillVendorRound(Engagement engagement) {
		List<VendorRound.VendorStatus> statuses = VendorRound.byVendor(engagement, VendorRound.today(Clock.systemUTC()));
		List<VendorRound.Disagreement> disagreements = VendorRound.disagreements(engagement);
		List<jp.kansa.model.VendorAnswer> answers = VendorRound.answersInForce(engagement);
		Color overdue = vendorRound.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		List<VirtualRows.Row> rows = new java.util.ArrayList<>();
		for (VendorRound.VendorStatus status : statuses) {
			String[] texts = { ModelLabels.of(status.party()), status.status().label(Locale.getDefault()),
					status.dueDate() == null ? "" : status.dueDate().toString(), //$NON-NLS-1$
					status.request() == null ? "" : status.request().getId(), //$NON-NLS-1$
					Long.toString(answers.stream().filter(a -> VendorRound.partyOf(a) == status.party()).count()),
					Long.toString(disagreements.stream().filter(d -> VendorRound.partyOf(d.answer()) == status.party()).count()) };
			boolean late = status.status() == VendorRound.RequestStatus.OVERDUE;
			rows.add(new VirtualRows.Row(status.party(), texts, late ? 1 : -1, late ? overdue : null));
		}
		if (vendorRows.set(rows)) {
			Tables.fitHeight(vendorRound, Math.min(statuses.size(), MAX_VISIBLE_ROWS));
		}
	}

	/** The vendors' round as the page shows it. */
	public Table vendorRound() {
		return vendorRound;
	}

	/**
	 * Tells that a save was interrupted and its content kept as another file, with a button that
	 * opens that copy beside this one: the user compares and takes over what is missing. Nothing
	 * deletes the copy; it stays until the user removes it.
	 */
	private void recoveredNotice(FormToolkit toolkit, Composite body, Path copy) {
		Composite line = toolkit.createComposite(body);
		line.setLayout(new GridLayout(2, false));
		GridData lineData = new GridData(SWT.FILL, SWT.TOP, true, false);
		line.setLayoutData(lineData);
		fullWidth.add(line);
		Label message = toolkit.createLabel(line, NLS.bind(Messages.Overview_recoveredCopy, copy.getFileName()), SWT.WRAP);
		message.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		message.setToolTipText(copy.toString());
		GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		messageData.widthHint = 400;
		message.setLayoutData(messageData);
		Button open = toolkit.createButton(line, Messages.Overview_openRecoveredCopy, SWT.PUSH);
		open.setToolTipText(copy.toString());
		open.addListener(SWT.Selection, e -> EngagementEditors.open(getSite().getPage(), copy));
	}

	/** Where the file lives, read-only but selectable so that the path can be copied. */
	private static Text fileLocation(FormToolkit toolkit, Composite parent) {
		Composite line = toolkit.createComposite(parent);
		line.setLayout(new GridLayout(2, false));
		line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(line, Messages.Overview_fileLocation);
		Text text = toolkit.createText(line, "", SWT.READ_ONLY | SWT.SINGLE); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 300;
		text.setLayoutData(data);
		return text;
	}

	private IStructuredSelection engagementSelection() {
		return new StructuredSelection(editor().engagement());
	}

	/**
	 * A section the auditor can fold (its title's twistie, or Enter/Space on it) to bring the ones
	 * below it up on a small screen; folded stays folded in the next editor opened (see
	 * {@link FoldedSections}).
	 */
	private Composite section(FormToolkit toolkit, Composite body, String key, String title) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout());
		section.setClient(client);
		section.setExpanded(!FoldedSections.isFolded(key));
		section.addExpansionListener(IExpansionListener.expansionStateChangedAdapter(e -> {
			FoldedSections.setFolded(key, !e.getState());
			form.reflow(true);
		}));
		for (Control child : section.getChildren()) {
			if (child instanceof ToggleHyperlink twistie) {
				// the twistie takes the focus on Tab: the form scrolls to the section it folds
				twistie.addFocusListener(FocusListener.focusGainedAdapter(e -> FormToolkit.ensureVisible(twistie)));
			}
		}
		sections.put(key, section);
		return client;
	}

	/** The page's section {@code key} (general, team, validation, parts, contracts, vendors). */
	public Section section(String key) {
		return sections.get(key);
	}

	/** How many columns the sections stand in at the editor's present width. */
	public int sectionColumns() {
		return columns.columns();
	}

	private static int vendorColumnsWidth() {
		return Arrays.stream(VENDOR_COLUMN_WIDTHS).sum();
	}

	private static int progressColumnsWidth() {
		return PROGRESS_NAME_WIDTH + COLUMNS.size() * PROGRESS_COUNT_WIDTH + PROGRESS_PERCENT_WIDTH;
	}

	private static Table progressTable(FormToolkit toolkit, Composite parent) {
		Table table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		new TableColumn(table, SWT.LEFT).setText(Messages.Overview_progressName);
		table.getColumn(0).setWidth(PROGRESS_NAME_WIDTH);
		for (AssessmentStatus status : COLUMNS) {
			TableColumn column = new TableColumn(table, SWT.RIGHT);
			column.setText(ModelLabels.literal(status));
			column.setWidth(PROGRESS_COUNT_WIDTH);
		}
		TableColumn percent = new TableColumn(table, SWT.RIGHT);
		percent.setText(Messages.Overview_percentAssessed);
		percent.setWidth(PROGRESS_PERCENT_WIDTH);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return table;
	}

	@Override
	public void refresh() {
		Engagement engagement = editor().engagement();
		general.refresh();
		String path = editor().file().toString();
		if (!path.equals(fileLocation.getText())) {
			fileLocation.setText(path);
			fileLocation.setToolTipText(path);
		}
		team.setInput(engagement.getTeam().toArray());
		Progress progress = Progress.of(engagement);
		fill(partProgress, partRows, progress.byPart());
		fill(contractProgress, contractRows, progress.byContract());
		fillVendorRound(engagement);
	}

	/**
	 * Virtual rows, updated where they changed: recreating 200 contract rows per edit was measured
	 * at 0.6 s, and filling all of them at opening cost more than the ten on screen.
	 */
	private static void fill(Table table, VirtualRows content, Map<?, Progress.Counts> rows) {
		List<VirtualRows.Row> shown = new java.util.ArrayList<>();
		for (Map.Entry<?, Progress.Counts> row : rows.entrySet()) {
			String[] texts = new String[COLUMNS.size() + 2];
			texts[0] = row.getKey() instanceof Contract contract ? ModelLabels.of(contract) : row.getKey().toString();
			for (int i = 0; i < COLUMNS.size(); i++) {
				texts[i + 1] = Integer.toString(row.getValue().get(COLUMNS.get(i)));
			}
			texts[COLUMNS.size() + 1] = row.getValue().percentAssessed() + "%"; //$NON-NLS-1$
			shown.add(new VirtualRows.Row(row.getKey(), texts));
		}
		if (content.set(shown)) {
			Tables.fitHeight(table, Math.min(rows.size(), MAX_VISIBLE_ROWS));
		}
	}

	@Override
	protected void validated(ValidationResults results) {
		validationSummary.setText(NLS.bind(Messages.Overview_validationCounts, new Object[] {
				results.count(Diagnostic.ERROR), results.count(Diagnostic.WARNING), results.count(Diagnostic.INFO) }));
		validationSummary.getParent().layout();
	}

	/** The summary as the user reads it. */
	public String validationSummary() {
		return validationSummary.getText();
	}

	/** The file location as the page shows it. */
	public String fileLocation() {
		return fileLocation.getText();
	}

	public Table contractProgress() {
		return contractProgress;
	}

	public Table partProgress() {
		return partProgress;
	}

	@Override
	public boolean reveal(EObject object) {
		if (object instanceof TeamMember member) {
			team.setSelection(new StructuredSelection(member), true);
		}
		return true;
	}
}
