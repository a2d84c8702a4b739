/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input on a local file. The product has no workspace projects (auditors keep
 * engagements in their own folders), and org.eclipse.ui.ide's FileStoreEditorInput would pull
 * core.resources and core.filesystem into the product for this one class.
 */
public final class PathEditorInput implements IPathEditorInput {

	private final Path path;

	public PathEditorInput(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	/** The local file of an input this editor understands, or null. */
	public static Path pathOf(IEditorInput input) {
		if (input instanceof PathEditorInput own) {
			return own.path;
		}
		if (input instanceof IPathEditorInput other) {
			return other.getPath().toPath();
		}
		return null;
	}

	public Path path() {
		return path;
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(path);
	}

	public URI getURI() {
		return path.toUri();
	}

	@Override
	public boolean exists() {
		return path.toFile().isFile();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return path.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // not restored on restart: the auditor reopens the engagement from the File menu
	}

	@Override
	public String getToolTipText() {
		return path.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PathEditorInput input && input.path.equals(path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path);
	}
}
