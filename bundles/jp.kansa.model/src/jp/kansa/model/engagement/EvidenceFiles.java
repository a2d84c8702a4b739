/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.Evidence;

/**
 * Evidence files live beside the engagement and are named relative to its folder, so that the
 * folder can be moved or zipped as a whole; their SHA-256 proves they are the files that were
 * examined.
 */
public final class EvidenceFiles {

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

	/** The evidence's file, resolved against the engagement folder; empty when it names none. */
	public static Optional<Path> resolve(Path engagementFolder, Evidence evidence) {
		String path = evidence.getPath();
		if (path == null || path.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(engagementFolder.resolve(path).normalize());
	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Records the current hash and size of the evidence's file (after the auditor examined it). */
	public static void record(Path engagementFolder, Evidence evidence) throws IOException {
		Path file = resolve(engagementFolder, evidence)
				.orElseThrow(() -> new IOException("Evidence " + evidence.getId() + " names no file"));
		evidence.setSha256(sha256(file));
		evidence.setSize(Files.size(file));
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
