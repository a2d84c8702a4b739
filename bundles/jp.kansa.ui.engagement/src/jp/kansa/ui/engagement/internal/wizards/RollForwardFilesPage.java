/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jp.kansa.emf.ui.FileField;
import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.model.resource.KansaResources;

/**
 * Page 1 of 新年度へ繰越: the prior file, the new file, and the new year's name, 基準日 and period.
 * Choosing a prior file proposes the next year: dates one year on, 令和N年度 in the name counted
 * up, and a new folder beside the prior one so that the new year's evidence stays apart.
 */
public class RollForwardFilesPage extends WizardPage {

	private static final Pattern REIWA_YEAR = Pattern.compile("令和(\\d+)年度"); //$NON-NLS-1$
	private static final String EXTENSION = "." + KansaResources.ENGAGEMENT_EXTENSION; //$NON-NLS-1$

	private final Path initialPrior;
	private Text prior;
	private Text target;
	private Text name;
	private Text referenceDate;
	private Text periodStart;
	private Text periodEnd;
	private Path proposedFor;
	private Engagement loaded;
	private String readProblem;

	RollForwardFilesPage(Path initialPrior) {
		super("rollForwardFiles"); //$NON-NLS-1$
		this.initialPrior = initialPrior;
		setTitle(RollForwardMessages.filesTitle);
		setDescription(RollForwardMessages.filesDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		prior = field(area, RollForwardMessages.priorFile, true);
		browse(area, prior, SWT.OPEN);
		target = field(area, RollForwardMessages.newFile, true);
		browse(area, target, SWT.SAVE);
		name = field(area, RollForwardMessages.name, false);
		referenceDate = field(area, RollForwardMessages.referenceDate, false);
		periodStart = field(area, RollForwardMessages.periodStart, false);
		periodEnd = field(area, RollForwardMessages.periodEnd, false);
		prior.addListener(SWT.Modify, e -> propose());
		if (initialPrior != null) {
			prior.setText(initialPrior.toString());
		}
		setControl(area);
		validate();
	}

	private void browse(Composite area, Text text, int style) {
		FileField.addBrowseButton(area, text, RollForwardMessages.browse, new FileField.Chooser(style, getTitle(),
				new String[] { "*" + EXTENSION }, EXTENSION, () -> null)); //$NON-NLS-1$
	}

	private Text field(Composite area, String label, boolean withButton) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 380;
		data.horizontalSpan = withButton ? 1 : 2;
		text.setLayoutData(data);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	/** Fills the new year's fields from the prior engagement, once per prior file. */
	private void propose() {
		Path file = FileField.typedPath(prior);
		readProblem = null;
		if (file == null || !Files.isRegularFile(file) || file.equals(proposedFor)) {
			return;
		}
		Engagement engagement;
		try {
			engagement = EngagementFiles.load(file);
		} catch (EngagementFileException e) {
			readProblem = e.getMessage();
			validate();
			return;
		}
		proposedFor = file;
		loaded = engagement;
		name.setText(nextName(engagement.getName()));
		referenceDate.setText(text(nextYear(engagement.getReferenceDate())));
		periodStart.setText(text(nextYear(engagement.getPeriodStart())));
		periodEnd.setText(text(nextYear(engagement.getPeriodEnd())));
		LocalDate start = nextYear(engagement.getPeriodStart());
		String year = start != null ? Integer.toString(start.getYear()) : "next"; //$NON-NLS-1$
		Path folder = file.getParent();
		Path newFolder = folder.resolveSibling(folder.getFileName() + "-" + year); //$NON-NLS-1$
		target.setText(newFolder.resolve(file.getFileName()).toString());
		validate();
	}

	/** 令和7年度 becomes 令和8年度; a name without a 年度 stays as it is for the auditor to edit. */
	static String nextName(String priorName) {
		if (priorName == null) {
			return ""; //$NON-NLS-1$
		}
		Matcher matcher = REIWA_YEAR.matcher(priorName);
		if (!matcher.find()) {
			return priorName;
		}
		int next = Integer.parseInt(matcher.group(1)) + 1;
		return priorName.substring(0, matcher.start()) + "令和" + next + "年度" + priorName.substring(matcher.end()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static LocalDate nextYear(LocalDate date) {
		return date == null ? null : date.plusYears(1);
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	private void validate() {
		if (periodEnd == null) {
			return; // still being built
		}
		String problem = null;
		Path priorFile = FileField.typedPath(prior);
		Path newFile = newFile();
		if (priorFile == null || !Files.isRegularFile(priorFile)) {
			problem = RollForwardMessages.priorMissing;
		} else if (readProblem != null) {
			problem = NLS.bind(RollForwardMessages.priorUnreadable, readProblem);
		} else if (newFile == null) {
			problem = RollForwardMessages.newFileInvalid;
		} else if (Files.exists(newFile)) {
			problem = RollForwardMessages.newFileExists;
		} else if (name().isEmpty()) {
			problem = RollForwardMessages.nameMissing;
		} else {
			problem = dateProblem(referenceDate, RollForwardMessages.referenceDate);
			problem = problem != null ? problem : dateProblem(periodStart, RollForwardMessages.periodStart);
			problem = problem != null ? problem : dateProblem(periodEnd, RollForwardMessages.periodEnd);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static String dateProblem(Text field, String label) {
		return field.getText().isBlank() || date(field) != null ? null
				: NLS.bind(RollForwardMessages.dateInvalid, label.replace(":", "").trim()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static LocalDate date(Text field) {
		try {
			return field.getText().isBlank() ? null : LocalDate.parse(field.getText().trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	public Text priorField() {
		return prior;
	}

	public Text newFileField() {
		return target;
	}

	public Text nameField() {
		return name;
	}

	public Text referenceDateField() {
		return referenceDate;
	}

	/** Name, 基準日 and period as entered; what carries over is page 2's to add. */
	RollForwardOptions options() {
		return new RollForwardOptions().name(name()).referenceDate(referenceDate()).periodStart(periodStart())
				.periodEnd(periodEnd());
	}

	/** The prior engagement as read when it was chosen (for the preview of what will be flagged). */
	Engagement priorEngagement() {
		return loaded;
	}

	Path priorFile() {
		return FileField.typedPath(prior);
	}

	Path newFile() {
		Path file = FileField.typedPath(target);
		return file != null && file.getFileName().toString().endsWith(EXTENSION) ? file : null;
	}

	String name() {
		return name.getText().trim();
	}

	LocalDate referenceDate() {
		return date(referenceDate);
	}

	LocalDate periodStart() {
		return date(periodStart);
	}

	LocalDate periodEnd() {
		return date(periodEnd);
	}
}
