/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import jp.kansa.model.Engagement;
import jp.kansa.model.internal.io.AtomicFileWriter;
import jp.kansa.model.internal.io.LoadProblem;
import jp.kansa.model.resource.KansaResources;

/**
 * Opens and saves {@code .kansa} engagement files safely: a save never leaves a half-written
 * file behind (see {@link AtomicFileWriter}) and keeps the previous version as
 * {@code <name>.kansa.bak}; a load refuses anything it cannot read completely, naming the
 * problem and its position, rather than opening a partial engagement that the next save would
 * make permanent.
 */
public final class EngagementFiles {

	private EngagementFiles() {
	}

	/** Loads an engagement into a new resource set made by {@link KansaResources#createResourceSet()}. */
	public static Engagement load(Path file) throws EngagementFileException {
		return load(file, KansaResources.createResourceSet());
	}

	public static Engagement load(Path file, ResourceSet resourceSet) throws EngagementFileException {
		Path absolute = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(absolute)) {
			throw new EngagementFileException(absolute, "no such file", -1, -1, null);
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			LoadProblem problem = LoadProblem.of(e);
			throw new EngagementFileException(absolute, problem.message(), problem.line(), problem.column(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			LoadProblem problem = LoadProblem.of(resource.getErrors().get(0));
			throw new EngagementFileException(absolute, problem.message(), problem.line(), problem.column(), null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Engagement)) {
			EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			String found = first == null ? "nothing" : "a " + first.eClass().getName();
			throw new EngagementFileException(absolute, "not an engagement file (it holds " + found + ")", -1, -1, null);
		}
		return (Engagement) resource.getContents().get(0);
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
