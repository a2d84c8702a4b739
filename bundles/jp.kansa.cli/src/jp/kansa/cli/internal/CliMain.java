/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The command line without the OSGi framework: the same {@link Cli} on a plain class path made of
 * the product's bundle jars (releng/kansa-cli.sh). A batch run needs no extension registry, no
 * services and no bundle resolution: the model, the catalog and every text are found through the
 * class loader, and EMF packages are registered by the code that loads (KansaResources). Starting
 * Equinox was most of a short command's time.
 */
public final class CliMain {

	/** The language of messages, as the OSGi launcher's -nl: set by kansa-cli.sh from KANSA_NL. */
	public static final String NL_PROPERTY = "osgi.nl"; //$NON-NLS-1$

	private CliMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs one command line with the process's streams, in UTF-8 whatever the locale. */
	static int run(String[] args) {
		Phases.mark("jvm-start"); //$NON-NLS-1$
		applyLanguage();
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int code = new Cli(out, err).run(args);
		out.flush();
		Phases.mark("output"); //$NON-NLS-1$
		err.flush();
		return code;
	}

	/**
	 * Equinox turns -nl into the default locale before any bundle runs, and every text (NLS
	 * classes, ResourceBundles, the validator's messages) follows the default locale: do the same,
	 * before the first message class is loaded.
	 */
	static void applyLanguage() {
		String nl = System.getProperty(NL_PROPERTY);
		if (nl != null && !nl.isBlank()) {
			Locale.setDefault(Locale.forLanguageTag(nl.trim().replace('_', '-')));
		}
	}
}
