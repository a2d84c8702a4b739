/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

/** A mapping file that cannot be used; the message names the file and the line. */
public final class EditionMappingException extends Exception {

	private static final long serialVersionUID = 1L;

	public EditionMappingException(String message) {
		super(message);
	}
}
