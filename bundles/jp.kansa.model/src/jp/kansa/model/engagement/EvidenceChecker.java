/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

import jp.kansa.model.Evidence;
import jp.kansa.model.engagement.EvidenceCheck.State;
import jp.kansa.model.engagement.EvidenceLocation.Problem;
import jp.kansa.model.internal.io.BoundedDigest;
import jp.kansa.model.internal.io.FileMessages;
import jp.kansa.model.internal.validation.FileHashCache;

/**
 * Checks evidence files against their recorded SHA-256: only files inside the engagement folder
 * ({@link EvidenceLocation}), hashing bounded in size and time and cancellable through the
 * monitor (it throws {@link org.eclipse.core.runtime.OperationCanceledException}). Hashes are
 * reused while a file's size and modification time are unchanged.
 */
public final class EvidenceChecker {

	/** Larger than any scanned contract or log export an auditor attaches. */
	public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
	/** A local disk hashes 1 GB in a few seconds; this only stops a file that hangs. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private final BoundedDigest digest;
	private final FileHashCache hashes = new FileHashCache();

	public EvidenceChecker() {
		this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
	}

	public EvidenceChecker(long maxBytes, Duration timeout) {
		this.digest = new BoundedDigest(maxBytes, timeout);
	}

	public EvidenceCheck check(Path engagementFolder, Evidence evidence, IProgressMonitor monitor) {
		return check(engagementFolder, evidence.getPath(), evidence.getSha256(), monitor);
	}

	public EvidenceCheck check(Path engagementFolder, String path, String recordedSha256, IProgressMonitor monitor) {
		EvidenceLocation location = EvidenceLocation.of(engagementFolder, path);
		if (!location.isInside()) {
			State state = switch (location.problem()) {
			case NOT_REGULAR -> State.NOT_REGULAR;
			case NO_PATH, MISSING -> State.MISSING;
			default -> State.OUTSIDE;
			};
			return new EvidenceCheck(path, recordedSha256, state, location.problem(), null);
		}
		if (recordedSha256 == null || recordedSha256.isBlank()) {
			return new EvidenceCheck(path, recordedSha256, State.NOT_RECORDED, Problem.NONE, null);
		}
		try {
			String actual = hashes.sha256(location.file(), digest, monitor);
			State state = actual.equalsIgnoreCase(recordedSha256) ? State.MATCHES : State.CHANGED;
			return new EvidenceCheck(path, recordedSha256, state, Problem.NONE, null);
		} catch (BoundedDigest.LimitException e) {
			return new EvidenceCheck(path, recordedSha256, State.UNCHECKED, Problem.NONE, e.getMessage());
		} catch (IOException e) {
			return new EvidenceCheck(path, recordedSha256, State.UNCHECKED, Problem.NONE,
					FileMessages.get("evidence.unreadable", e.getClass().getSimpleName())); //$NON-NLS-1$
		}
	}

	/** SHA-256 of a file known to be inside the folder, within this checker's limits. */
	public String sha256(Path file, IProgressMonitor monitor) throws IOException {
		return hashes.sha256(file, digest, monitor);
	}
}
