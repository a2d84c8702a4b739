/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Whether an evidence file is still the one examined: present, and with the recorded SHA-256.
 * Hashes are remembered per file, size and modification time, so redrawing the list does not
 * read the files again.
 */
final class EvidenceStatus {

	private record Stamp(Path file, long size, long modified) {
	}

	private final Map<Stamp, String> hashes = new HashMap<>();

	String of(Path folder, Evidence evidence) {
		if (evidence.getKind() != EvidenceKind.FILE) {
			return Messages.Evidence_notAFile;
		}
		Optional<Path> file = folder == null ? Optional.empty() : EvidenceFiles.resolve(folder, evidence);
		if (file.isEmpty() || !Files.isRegularFile(file.get())) {
			return Messages.Evidence_missing;
		}
		if (evidence.getSha256() == null || evidence.getSha256().isBlank()) {
			return Messages.Evidence_notRecorded;
		}
		try {
			Stamp stamp = new Stamp(file.get(), Files.size(file.get()), Files.getLastModifiedTime(file.get()).toMillis());
			String hash = hashes.get(stamp);
			if (hash == null) {
				hash = EvidenceFiles.sha256(file.get());
				hashes.put(stamp, hash);
			}
			return hash.equalsIgnoreCase(evidence.getSha256()) ? Messages.Evidence_matches : Messages.Evidence_changed;
		} catch (IOException e) {
			return Messages.Evidence_unreadable + " " + e.getMessage(); //$NON-NLS-1$
		}
	}
}
