/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import jp.kansa.emf.ui.PropertySourceProvider;
import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.Party;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.model.engagement.LastModifiedStamper;
import jp.kansa.model.provider.KansaItemProviderAdapterFactory;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.AuditorIdentity;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * The editor of one {@code .kansa} engagement file. Every edit is an EMF command on one
 * {@link BasicCommandStack}, which gives undo/redo and the dirty marker; save goes through
 * {@link EngagementFiles} (atomic, with a backup). A file that cannot be read completely is not
 * opened for editing at all: a page says why and where, and nothing can be saved over it.
 */
public class EngagementEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "jp.kansa.ui.engagement.editor"; //$NON-NLS-1$

	/** How a resource reaches the disk; tests replace it to break a save midway. */
	@FunctionalInterface
	public interface SaveStrategy {
		void save(Resource resource, Path target) throws IOException;
	}

	private final AdapterFactory adapterFactory = new KansaItemProviderAdapterFactory();
	private final List<EngagementPage> pages = new ArrayList<>();
	private final CommandStackListener stackListener = event -> commandStackChanged();
	/**
	 * The one selection provider of the editor's site. The form pages share that site, and the
	 * workbench reads its provider once, when the editor is activated: a page setting its own
	 * provider later was never heard, so the Properties view did not follow the pages.
	 */
	private final SelectionRelay siteSelection = new SelectionRelay();
	private AdapterFactoryEditingDomain domain;
	private Engagement engagement;
	/** The content as last saved (or opened), without the log: what the next save is compared with. */
	private Engagement savedState;
	private EngagementCommands commands;
	private ValidationService validation;
	/** One per editor: the validation and the 評価 page share the hashes of the evidence files. */
	private final EvidenceChecker evidenceChecker = new EvidenceChecker();
	private Path file;
	private EngagementFileException loadProblem;
	/** Copies a killed save left beside the file (see EngagementFiles#recoveredCopies): 概要 names them. */
	private List<Path> recoveredCopies = List.of();
	private SaveStrategy saveStrategy = EngagementFiles::save;
	private long lastSaveMillis = -1;
	/**
	 * Held for writing while the model changes (every command, undo, redo, the change log a save
	 * writes), for reading while validation copies it on a worker: the copy never sees half an edit.
	 */
	private final java.util.concurrent.locks.ReentrantReadWriteLock modelLock = new java.util.concurrent.locks.ReentrantReadWriteLock();
	private long loadNanos;
	private long initNanos;
	private long pagesNanos;

	/**
	 * Where the time of opening went, for the benchmark: reading the file (the XMI parse and the
	 * change log's check), the rest of init (baseline for the log, commands, validation service)
	 * and creating the pages (the first page's controls; the others wait until shown). Validation
	 * is not in here: it runs on a worker once the editor is open.
	 */
	public record OpenTimings(long loadMillis, long initMillis, long pagesMillis) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = PathEditorInput.pathOf(input);
		if (path == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_unsupportedInput, input.getName()));
		}
		super.init(site, input);
		site.setSelectionProvider(siteSelection);
		file = path.toAbsolutePath().normalize();
		EditorNames.refresh(site.getPage(), this, null);
		setTitleToolTip(file.toString());
		BasicCommandStack stack = new LockingCommandStack(modelLock);
		ResourceSet resourceSet = KansaResources.createResourceSet();
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resourceSet);
		// lets EMF's property descriptors (the Properties view) find this domain and issue commands
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		long start = System.nanoTime();
		try {
			engagement = EngagementFiles.load(file, resourceSet);
			loadNanos = System.nanoTime() - start;
			recoveredCopies = EngagementFiles.recoveredCopies(file);
			engagement.eResource().eAdapters().add(new LastModifiedStamper());
			savedState = ChangeRecorder.baseline(engagement);
			commands = new EngagementCommands(domain, engagement);
			validation = new ValidationService(engagement, evidenceChecker, modelLock);
			stack.addCommandStackListener(stackListener);
		} catch (EngagementFileException e) {
			loadProblem = e;
		}
		initNanos = System.nanoTime() - start - loadNanos;
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		long start = System.nanoTime();
		super.createPartControl(parent); // adds the pages, creates the first one's controls
		pagesNanos = System.nanoTime() - start;
	}

	@Override
	protected void addPages() {
		try {
			if (loadProblem != null) {
				addPage(new LoadProblemPage(this, loadProblem));
				return;
			}
			for (EngagementPage page : List.of(new OverviewPage(this), new PartiesContractsPage(this),
					new MatrixPage(this), new AssessmentPage(this), new FindingsPage(this))) {
				pages.add(page);
				addPage(page);
			}
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		validation.start(); // on a worker: the pages show the results when they arrive
	}

	public OpenTimings openTimings() {
		return new OpenTimings(loadNanos / 1_000_000, initNanos / 1_000_000, pagesNanos / 1_000_000);
	}

	private void commandStackChanged() {
		firePropertyChange(PROP_DIRTY);
		var command = domain.getCommandStack().getMostRecentCommand();
		for (EngagementPage page : pages) {
			page.commandStackChanged(command);
		}
		validation.schedule();
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (getActivePageInstance() instanceof EngagementPage page) {
			page.shown();
			siteSelection.setSelection(page.selection().getSelection());
		}
	}

	/**
	 * Focus goes to the page's own choice (the matrix gives it to its table): MultiPageEditorPart
	 * focuses the page's form, which passes it to its first composite, and FormEditor does not ask
	 * the page. The workbench calls this whenever the editor is re-activated, e.g. after a menu.
	 */
	@Override
	public void setFocus() {
		if (getActivePageInstance() instanceof EngagementPage page && page.isCreated()) {
			page.setFocus();
		} else {
			super.setFocus();
		}
	}

	/** A page's selection changed: the site (and so the Properties view) follows the page shown. */
	void pageSelectionChanged(EngagementPage page, ISelection selection) {
		if (getActivePageInstance() == page) {
			siteSelection.setSelection(selection);
		}
	}

	/** What the editor gives the selection service (the Properties view reads it). */
	public ISelection siteSelection() {
		return siteSelection.getSelection();
	}

	// ---- saving

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(file);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return loadProblem == null;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Editor_saveAsTitle);
		dialog.setFilterExtensions(new String[] { "*." + KansaResources.ENGAGEMENT_EXTENSION }); //$NON-NLS-1$
		dialog.setFilterPath(file.getParent().toString());
		dialog.setFileName(file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen));
		}
	}

	/** Shows {@code name} on the editor's tab ({@link EditorNames}: the file's, with folders when two open files share it). */
	void showName(String name) {
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
	}

	/** Saves to another file and continues editing that one. */
	public boolean saveAs(Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		if (!save(absolute)) {
			return false;
		}
		engagement.eResource().setURI(URI.createFileURI(absolute.toString()));
		file = absolute;
		setInputWithNotify(new PathEditorInput(absolute));
		EditorNames.refresh(getSite().getPage(), this, null);
		setTitleToolTip(absolute.toString());
		if (page(OverviewPage.ID) instanceof OverviewPage overview && overview.isCreated()) {
			overview.refresh(); // it shows where the file lives
		}
		return true;
	}

	/**
	 * Saves on the UI thread: a save of the 200-contract engagement takes well under a second,
	 * and a save in a Job would have to stop every edit until it finished anyway.
	 */
	private boolean save(Path target) {
		if (loadProblem != null) {
			return false;
		}
		long start = System.nanoTime();
		modelLock.writeLock().lock(); // the save writes the change log into the model
		Runnable logBefore = ChangeRecorder.checkpoint(engagement);
		try {
			ChangeRecorder.record(savedState, engagement, AuditorIdentity.who(), Instant.now());
			saveStrategy.save(engagement.eResource(), target);
		} catch (IOException | RuntimeException e) {
			logBefore.run(); // nothing was saved: the retry records the same changes once
			modelLock.writeLock().unlock();
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_saveFailed, target, describe(e)));
			return false;
		}
		modelLock.writeLock().unlock();
		savedState = ChangeRecorder.baseline(engagement);
		lastSaveMillis = (System.nanoTime() - start) / 1_000_000;
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		validation.schedule(); // the save wrote the change log, which the rules judge
		return true;
	}

	private static String describe(Throwable e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}

	// ---- navigation

	/** Shows the page that shows the object and selects it there. */
	public boolean reveal(EObject object) {
		String pageId = pageFor(object);
		if (pageId == null) {
			return false;
		}
		for (EngagementPage page : pages) {
			if (page.getId().equals(pageId)) {
				setActivePage(pageId);
				return page.reveal(object);
			}
		}
		return false;
	}

	private static String pageFor(EObject object) {
		if (object instanceof ContractCheck || object instanceof SignOff) {
			return object instanceof ContractCheck ? MatrixPage.ID : AssessmentPage.ID;
		}
		if (object instanceof Evidence) {
			return AssessmentPage.ID;
		}
		if (object instanceof Contract || object instanceof Party || object instanceof Clause) {
			return PartiesContractsPage.ID;
		}
		if (object instanceof Finding) {
			return FindingsPage.ID;
		}
		if (object instanceof Engagement || object instanceof TeamMember) {
			return OverviewPage.ID;
		}
		return object.eContainer() == null ? null : pageFor(object.eContainer());
	}

	public EngagementPage page(String id) {
		return pages.stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
	}

	// ---- accessors

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** Null when the file could not be opened (see {@link #loadProblem()}). */
	public Engagement engagement() {
		return engagement;
	}

	public EngagementFileException loadProblem() {
		return loadProblem;
	}

	public EngagementCommands commands() {
		return commands;
	}

	public ValidationService validation() {
		return validation;
	}

	public EvidenceChecker evidenceChecker() {
		return evidenceChecker;
	}

	/** The recovered copies found beside the file when it was opened; never deleted here. */
	public List<Path> recoveredCopies() {
		return recoveredCopies;
	}

	public Path file() {
		return file;
	}

	public Path folder() {
		return file.getParent();
	}

	public void setSaveStrategy(SaveStrategy saveStrategy) {
		this.saveStrategy = saveStrategy;
	}

	/** Milliseconds the last successful save took, or -1. */
	public long lastSaveMillis() {
		return lastSaveMillis;
	}

	public boolean fileExists() {
		return Files.isRegularFile(file);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && domain != null) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new EngagementPropertySources(new PropertySourceProvider(adapterFactory, true), this));
			return adapter.cast(page);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (file != null) {
			EditorNames.refresh(getSite().getPage(), null, this);
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		if (validation != null) {
			validation.dispose();
		}
		super.dispose();
		if (adapterFactory instanceof KansaItemProviderAdapterFactory disposable) {
			disposable.dispose();
		}
	}
}
