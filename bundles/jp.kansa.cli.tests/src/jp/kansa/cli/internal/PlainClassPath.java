/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path a plain JVM needs to run jp.kansa.cli outside OSGi, taken from the running
 * framework: the CLI bundle and every bundle it is wired to, transitively. A jar bundle is its
 * jar; a bundle of the test runtime's dev mode is its project folder (catalog/, plugin.properties)
 * and its target/classes. jp.kansa.model.edit comes first, as in releng/kansa-cli.sh: its
 * plugin.properties is the one the compare core's labels are read from by name.
 */
final class PlainClassPath {

	private PlainClassPath() {
	}

	static String of(Class<?> type) {
		Bundle start = FrameworkUtil.getBundle(type);
		Set<Bundle> closure = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (!closure.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					todo.add(wire.getProvider().getBundle());
				}
			}
		}
		List<String> first = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		for (Bundle bundle : closure) {
			List<String> entries = "jp.kansa.model.edit".equals(bundle.getSymbolicName()) ? first : rest; //$NON-NLS-1$
			entries.addAll(entries(bundle));
		}
		first.addAll(rest);
		return String.join(File.pathSeparator, first);
	}

	private static List<String> entries(Bundle bundle) {
		if (bundle.getBundleId() == 0) {
			// the framework jar: outside OSGi it still provides org.eclipse.osgi.util.NLS
			try {
				return List.of(Path.of(NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
			} catch (URISyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		String location = bundle.getLocation();
		int file = location.indexOf("file:"); //$NON-NLS-1$
		if (file < 0) {
			throw new IllegalStateException("not a file bundle: " + location); //$NON-NLS-1$
		}
		String spec = location.substring(file);
		Path path = spec.startsWith("file:/") ? Path.of(URI.create(spec.replace(" ", "%20"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: Path.of(spec.substring("file:".length())); //$NON-NLS-1$
		if (!path.isAbsolute()) {
			// Equinox resolves a relative bundle location against its install area
			String installArea = System.getProperty("osgi.install.area"); //$NON-NLS-1$
			if (installArea != null && installArea.startsWith("file:")) { //$NON-NLS-1$
				path = Path.of(installArea.substring("file:".length())).resolve(path); //$NON-NLS-1$
			}
		}
		path = path.toAbsolutePath().normalize();
		List<String> entries = new ArrayList<>();
		if (Files.isDirectory(path)) {
			for (String output : List.of("target/classes", "bin")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (Files.isDirectory(path.resolve(output))) {
					entries.add(path.resolve(output).toString());
					break;
				}
			}
		}
		entries.add(path.toString());
		return entries;
	}
}
