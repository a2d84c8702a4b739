/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.Evidence;
import jp.kansa.model.internal.io.BoundedDigest;
import jp.kansa.model.internal.io.FileMessages;

/**
 * Evidence files live beside the engagement and are named relative to its folder, so that the
 * folder can be moved or zipped as a whole; their SHA-256 proves they are the files that were
 * examined. A path that leads outside the folder, or to anything but a regular file, is never
 * read (see {@link EvidenceLocation}); hashing is bounded (see {@link EvidenceChecker}).
 */
public final class EvidenceFiles {

	private static final BoundedDigest DIGEST = new BoundedDigest(EvidenceChecker.DEFAULT_MAX_BYTES,
			EvidenceChecker.DEFAULT_TIMEOUT);

	private EvidenceFiles() {
	}

	/** The folder of the .kansa file holding the object, when it is a local file. */
	public static Optional<Path> folderOf(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.ofNullable(Path.of(uri.toFileString()).toAbsolutePath().getParent());
	}

	/**
	 * The evidence's file inside the engagement folder; empty when it names none, or names one
	 * that is missing, outside the folder or not a regular file ({@link EvidenceLocation} says which).
	 */
	public static Optional<Path> resolve(Path engagementFolder, Evidence evidence) {
		EvidenceLocation location = EvidenceLocation.of(engagementFolder, evidence.getPath());
		return location.isInside() ? Optional.of(location.file()) : Optional.empty();
	}

	/** SHA-256 within the default limits; the caller has made sure the file is one to read. */
	public static String sha256(Path file) throws IOException {
		return DIGEST.sha256(file, null);
	}

	/** Records the current hash and size of the evidence's file (after the auditor examined it). */
	public static void record(Path engagementFolder, Evidence evidence) throws IOException {
		EvidenceLocation location = EvidenceLocation.of(engagementFolder, evidence.getPath());
		if (!location.isInside()) {
			throw new IOException(FileMessages.get("evidence.cannotRecord", evidence.getPath(), //$NON-NLS-1$
					FileMessages.get("evidence.problem." + location.problem().name()))); //$NON-NLS-1$
		}
		evidence.setSha256(sha256(location.file()));
		evidence.setSize(Files.size(location.file()));
	}
}
