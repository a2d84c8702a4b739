/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;

/** The .kansa file a command works on: the one plain argument, loaded or refused with file and cause. */
public final class EngagementInput {

	private EngagementInput() {
	}

	public static Path path(CommandLine line, String command) throws UsageException {
		if (line.arguments().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.usageMissingEngagement, command));
		}
		return Path.of(line.arguments().get(0));
	}

	public static Engagement load(Path file) throws CommandFailedException {
		try {
			Engagement engagement = EngagementFiles.load(file);
			Phases.mark("read"); //$NON-NLS-1$
			return engagement;
		} catch (EngagementFileException e) {
			// already says "Cannot open <file> (line l, column c): <cause>"
			throw new CommandFailedException(e.getMessage(), e);
		}
	}

	/** Evidence paths in the file are relative to its folder. */
	public static Path folder(Path file) {
		return file.toAbsolutePath().normalize().getParent();
	}
}
