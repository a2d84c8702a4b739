/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A .kansa file on disk for the engagement editor, which reads any {@link IPathEditorInput}. */
final class EngagementFileInput implements IPathEditorInput {

	private final Path file;

	EngagementFileInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof IPathEditorInput other && other.getPath().toPath().toAbsolutePath().normalize().equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
