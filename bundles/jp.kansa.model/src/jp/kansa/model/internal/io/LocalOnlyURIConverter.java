/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * Second line of defence behind {@link GuardedXmiHandler}: a Kansa resource set reads and
 * writes local files and bundle content only, so that nothing (a proxy resolved by a caller, a
 * package demanded by URI) can ever make it open a network connection.
 */
public final class LocalOnlyURIConverter extends ExtensibleURIConverterImpl {

	private static final Set<String> LOCAL_SCHEMES = Set.of("file", "platform", "bundleresource", "bundleentry"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return super.createInputStream(checked(uri), options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		return super.createOutputStream(checked(uri), options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return isLocal(normalize(uri)) && super.exists(uri, options);
	}

	private URI checked(URI uri) throws IOException {
		if (!isLocal(normalize(uri))) {
			throw new IOException(FileMessages.get("file.notLocal", uri)); //$NON-NLS-1$
		}
		return uri;
	}

	static boolean isLocal(URI uri) {
		String scheme = uri.scheme();
		if (scheme == null) {
			return true; // a relative path, resolved against the file's own folder
		}
		if (LOCAL_SCHEMES.contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
			return uri.authority() == null || uri.authority().isEmpty() || !"file".equalsIgnoreCase(scheme); //$NON-NLS-1$
		}
		if ("jar".equalsIgnoreCase(scheme) || "archive".equalsIgnoreCase(scheme)) { //$NON-NLS-1$ //$NON-NLS-2$
			String inner = uri.authority();
			return inner != null && inner.startsWith("file:"); //$NON-NLS-1$
		}
		return false;
	}
}
