/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.WorkpaperRefusedException;

/** Builds refusals that name the file and the reason in one sentence. */
final class Refusals {

	private Refusals() {
	}

	static WorkpaperRefusedException of(Path file, String reason, Throwable cause) {
		return new WorkpaperRefusedException(file, NLS.bind(Messages.refused, file, reason), reason, cause);
	}

	/**
	 * The innermost message worth showing: POI wraps the zip reader's words several times. A
	 * programming error's text inside POI (a NullPointerException's "Cannot invoke …") says
	 * nothing to a user and is never shown.
	 */
	static String reason(Throwable e) {
		Throwable cause = e;
		String message = null;
		while (cause != null) {
			if (isProgrammingError(cause)) {
				return Messages.reasonStructure;
			}
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				message = cause.getMessage();
			}
			if (cause.getCause() == cause) {
				break;
			}
			cause = cause.getCause();
		}
		String text = message != null ? message : e.getClass().getSimpleName();
		int newline = text.indexOf('\n');
		return newline > 0 ? text.substring(0, newline) : text;
	}

	private static boolean isProgrammingError(Throwable e) {
		return e instanceof NullPointerException || e instanceof ClassCastException
				|| e instanceof IndexOutOfBoundsException || e instanceof ArithmeticException
				|| e instanceof NegativeArraySizeException || e instanceof IllegalStateException;
	}

	/** Whether POI's zip guard tripped somewhere in the chain. */
	static boolean isZipBomb(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")
					|| message.contains("ZipSecureFile") || message.contains("max entry size"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}
}
