/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Copies the sample engagement shipped in jp.kansa.model (samples/ with its evidence files) to a
 * folder of the user's, because the editor saves next to the file and the product's install
 * folder is not the auditor's to write. An existing copy is opened as it is: it may hold the
 * auditor's practice edits.
 */
public final class SampleInstaller {

	public static final String FILE_NAME = "sample-hospital.kansa"; //$NON-NLS-1$
	/** System property and environment variable naming another folder (tests, smoke test). */
	public static final String FOLDER_PROPERTY = "kansa.samples.dir"; //$NON-NLS-1$
	public static final String FOLDER_VARIABLE = "KANSA_SAMPLES_DIR"; //$NON-NLS-1$

	private static final String MODEL_BUNDLE = "jp.kansa.model"; //$NON-NLS-1$
	private static final String SAMPLES = "/samples/"; //$NON-NLS-1$

	private SampleInstaller() {
	}

	public static Path defaultFolder() {
		String configured = System.getProperty(FOLDER_PROPERTY, System.getenv(FOLDER_VARIABLE));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(System.getProperty("user.home"), ".kansa", "samples"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The sample in {@code folder}, copied there first if it is not there yet. */
	public static Path install(Path folder) throws IOException {
		Path target = folder.resolve(FILE_NAME);
		if (Files.isRegularFile(target)) {
			return target;
		}
		Bundle bundle = Platform.getBundle(MODEL_BUNDLE);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(SAMPLES, "*", true); //$NON-NLS-1$
		if (entries == null) {
			throw new IOException("the sample engagement is missing from " + MODEL_BUNDLE); //$NON-NLS-1$
		}
		List<URL> files = new ArrayList<>(Collections.list(entries));
		// the .kansa file last: its presence is what says "installed", so evidence must be there first
		files.sort((a, b) -> Boolean.compare(a.getPath().endsWith(FILE_NAME), b.getPath().endsWith(FILE_NAME)));
		for (URL url : files) {
			String path = url.getPath();
			if (path.endsWith("/")) { //$NON-NLS-1$
				continue;
			}
			Path file = folder.resolve(path.substring(path.indexOf(SAMPLES) + SAMPLES.length())).normalize();
			if (!file.startsWith(folder.normalize())) {
				continue;
			}
			Files.createDirectories(file.getParent());
			try (InputStream in = url.openStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return target;
	}
}
