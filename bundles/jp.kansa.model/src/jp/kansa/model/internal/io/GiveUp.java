/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

/**
 * Thrown to leave {@link FastEngagementReader}'s path for EMF's load; no stack trace, it is never
 * shown to anybody (EMF's load then reports whatever is wrong).
 */
final class GiveUp extends RuntimeException {

	private static final long serialVersionUID = 1L;

	static final GiveUp INSTANCE = new GiveUp();

	private GiveUp() {
		super(null, null, false, false);
	}
}
