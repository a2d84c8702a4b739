/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The command git runs as {@code merge.kansa.driver}: this installation's command line
 * ({@code jp.kansa.cli.app}) started through the launcher of the product it belongs to, so the
 * merge git runs is the one the workbench runs. Outside an installed product (tests, development),
 * {@code kansa} on the PATH.
 */
public final class MergeDriverCommand {

	public static final String ARGUMENTS = " merge %O %A %B --path %P"; //$NON-NLS-1$

	private MergeDriverCommand() {
	}

	/** @param installFolder the product folder (holding {@code plugins/}), or {@code null} */
	public static String forInstallation(Path installFolder) {
		Path launcher = installFolder == null ? null : launcher(installFolder);
		if (launcher == null) {
			return "kansa" + ARGUMENTS; //$NON-NLS-1$
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return quote(java) + " -Dfile.encoding=UTF-8 -jar " + quote(launcher.toString()) + " -install " //$NON-NLS-1$ //$NON-NLS-2$
				+ quote(installFolder.toString()) + " -configuration " //$NON-NLS-1$
				+ quote(installFolder.resolve("configuration").toString()) //$NON-NLS-1$
				+ " -application jp.kansa.cli.app -nosplash -data @none" + ARGUMENTS; //$NON-NLS-1$
	}

	private static Path launcher(Path installFolder) {
		Path plugins = installFolder.resolve("plugins"); //$NON-NLS-1$
		if (!Files.isDirectory(plugins)) {
			return null;
		}
		try (Stream<Path> files = Files.list(plugins)) {
			return files.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")) //$NON-NLS-1$
					.findFirst().orElse(null);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	/** Git runs the driver through the shell: paths with spaces must stay one word. */
	static String quote(String s) {
		return s.matches("[A-Za-z0-9_./:=@%+-]+") ? s : "'" + s.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

}
