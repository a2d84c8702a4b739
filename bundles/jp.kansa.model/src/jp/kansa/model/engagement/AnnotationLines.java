/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

import jp.kansa.model.Annotation;
import jp.kansa.model.ContractCheck;

/**
 * Annotations as one line each — tickmark, text, then author and date in brackets — the form in
 * which the workpaper's コメント column writes them and the import recognises the lines that
 * were already there. One definition, so export and import cannot drift apart.
 */
public final class AnnotationLines {

	/** Dates are shown as the auditors in Japan read them, whatever the machine's zone. */
	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

	private AnnotationLines() {
	}

	/** All annotations of the check, oldest first, one per line; empty when there are none. */
	public static String of(ContractCheck check) {
		return check.getAnnotations().stream().map(AnnotationLines::line).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	public static String line(Annotation annotation) {
		StringBuilder line = new StringBuilder();
		if (annotation.getTickmark() != null && !annotation.getTickmark().isEmpty()) {
			line.append(annotation.getTickmark()).append(' ');
		}
		line.append(annotation.getText() == null ? "" : annotation.getText()); //$NON-NLS-1$
		String author = annotation.getAuthor() == null ? null : annotation.getAuthor().getName();
		LocalDate date = annotation.getTime() == null ? null : LocalDate.ofInstant(annotation.getTime(), JAPAN);
		if (author != null || date != null) {
			line.append(" (").append(author == null ? "" : author).append(author != null && date != null ? " " : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.append(date == null ? "" : date.toString()).append(')'); //$NON-NLS-1$
		}
		return line.toString();
	}
}
