/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.internal.io.AtomicFileWriter;
import jp.kansa.model.internal.io.FileMessages;
import jp.kansa.model.internal.io.KansaXmiResource;
import jp.kansa.model.internal.io.XmlStart;
import jp.kansa.model.internal.io.LoadProblem;
import jp.kansa.model.internal.io.StaleSaves;
import jp.kansa.model.resource.KansaResourceFactory;
import jp.kansa.model.resource.KansaResources;

/**
 * Opens and saves {@code .kansa} engagement files safely: a save never leaves a half-written
 * file behind (see {@link AtomicFileWriter}) and keeps the previous version as
 * {@code <name>.kansa.bak}; a load refuses anything it cannot read completely, naming the
 * problem and its position, rather than opening a partial engagement that the next save would
 * make permanent. Opening a file also clears what a killed save left beside it
 * ({@link StaleSaves}).
 */
public final class EngagementFiles {

	/**
	 * System property: {@code false} reads every file with EMF's general load only, without
	 * {@link KansaXmiResource#OPTION_FAST_READ} (for comparisons and as a way out).
	 */
	public static final String FAST_READ_PROPERTY = "kansa.fastRead"; //$NON-NLS-1$

	/** The default load options plus the fast reader. */
	private static final Map<String, Boolean> FAST_READ = Map.of(KansaXmiResource.OPTION_FAST_READ, Boolean.TRUE);

	private EngagementFiles() {
	}

	/** Loads an engagement into a new resource set made by {@link KansaResources#createResourceSet()}. */
	public static Engagement load(Path file) throws EngagementFileException {
		return load(file, KansaResources.createResourceSet());
	}

	public static Engagement load(Path file, ResourceSet resourceSet) throws EngagementFileException {
		Path absolute = file.toAbsolutePath().normalize();
		Engagement engagement = read(absolute, resourceSet);
		StaleSaves.cleanUp(absolute, EngagementFiles::isCompleteEngagement);
		// the 変更履歴 is judged as the file was opened: later edits are not "outside the tool"
		ChangeLogVerifier.remember(engagement, ChangeLogVerifier.verify(engagement));
		return engagement;
	}

	/**
	 * Hidden copies that a killed save left beside the file and that hold a newer, complete
	 * version; {@link #load} keeps them visible under this name pattern instead of deleting them.
	 */
	public static List<Path> recoveredCopies(Path file) {
		return StaleSaves.recoveredCopies(file.toAbsolutePath().normalize());
	}

	private static Engagement read(Path absolute, ResourceSet resourceSet) throws EngagementFileException {
		if (Files.isDirectory(absolute)) {
			throw new EngagementFileException(absolute, FileMessages.get("file.isFolder"), -1, -1, null); //$NON-NLS-1$
		}
		if (!Files.exists(absolute)) {
			throw new EngagementFileException(absolute, FileMessages.get("file.noSuchFile"), -1, -1, null); //$NON-NLS-1$
		}
		if (!Files.isRegularFile(absolute)) {
			// a pipe or a device would block the reader forever or feed it endless bytes
			throw new EngagementFileException(absolute, FileMessages.get("file.notRegular"), -1, -1, null); //$NON-NLS-1$
		}
		if (beginsOtherwise(absolute)) {
			throw new EngagementFileException(absolute, FileMessages.get("file.notXml"), -1, -1, null); //$NON-NLS-1$
		}
		URI uri = URI.createFileURI(absolute.toString());
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			// a name the resource set does not know (.bak, a temp): still a Kansa file, read the safe way
			resource = new KansaResourceFactory().createResource(uri);
			resourceSet.getResources().add(resource);
		}
		try {
			resource.load("false".equals(System.getProperty(FAST_READ_PROPERTY)) ? null : FAST_READ); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			LoadProblem problem = LoadProblem.of(e);
			throw new EngagementFileException(absolute, problem.message(), problem.line(), problem.column(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			resourceSet.getResources().remove(resource);
			LoadProblem problem = LoadProblem.of(resource.getErrors().get(0));
			throw new EngagementFileException(absolute, problem.message(), problem.line(), problem.column(), null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Engagement)) {
			resourceSet.getResources().remove(resource);
			EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			String problem = first == null ? FileMessages.get("file.holdsNothing") //$NON-NLS-1$
					: FileMessages.get("file.notEngagement", first.eClass().getName()); //$NON-NLS-1$
			throw new EngagementFileException(absolute, problem, -1, -1, null);
		}
		return (Engagement) resource.getContents().get(0);
	}

	private static boolean beginsOtherwise(Path file) throws EngagementFileException {
		try {
			return XmlStart.beginsOtherwise(file);
		} catch (IOException e) {
			throw new EngagementFileException(file, e.getMessage(), -1, -1, e);
		}
	}

	private static boolean isCompleteEngagement(Path file) {
		try {
			read(file, KansaResources.createResourceSet());
			return true;
		} catch (EngagementFileException e) {
			return false;
		}
	}

	/** Saves the engagement to the file its resource was loaded from or created for. */
	public static void save(Engagement engagement) throws IOException {
		Resource resource = engagement.eResource();
		if (resource == null || !resource.getURI().isFile()) {
			throw new IOException("Could not save engagement " + engagement.getId() + ": it has no file yet (use Save As)");
		}
		save(resource, Path.of(resource.getURI().toFileString()));
	}

	/** Saves the resource's content to {@code target} atomically; on failure the old file is unchanged. */
	public static void save(Resource resource, Path target) throws IOException {
		save(resource, target, new AtomicFileWriter());
	}

	/** For tests that need to break a save midway. */
	public static void save(Resource resource, Path target, AtomicFileWriter writer) throws IOException {
		writer.write(target, out -> resource.save(out, KansaResources.saveOptions()));
		resource.setModified(false);
	}

	public static Path backupOf(Path target) {
		return AtomicFileWriter.backupOf(target);
	}
}
