/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.workpaper.internal.handlers;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPathEditorInput;

import jp.kansa.model.Engagement;

/**
 * The engagement an engagement editor shows, found through public workbench and EMF interfaces
 * only (editor id, {@link IEditingDomainProvider}, {@link IPathEditorInput}) so that this bundle
 * does not reach into the editor bundle's internals.
 *
 * @param editor     the editor, whose command stack receives imports
 * @param engagement the root object of the editor's resource
 * @param domain     the editor's editing domain
 * @param file       the .kansa file, absolute
 */
public record ActiveEngagement(IEditorPart editor, Engagement engagement, EditingDomain domain, Path file) {

	/** The id of the engagement editor (jp.kansa.ui.engagement). */
	public static final String EDITOR_ID = "jp.kansa.ui.engagement.editor"; //$NON-NLS-1$

	/** The engagement of {@code editor}, or {@code null} if it is not an engagement editor that loaded its file. */
	public static ActiveEngagement of(IEditorPart editor) {
		if (editor == null || !EDITOR_ID.equals(editor.getSite().getId())
				|| !(editor instanceof IEditingDomainProvider provider)
				|| !(editor.getEditorInput() instanceof IPathEditorInput input)) {
			return null;
		}
		EditingDomain domain = provider.getEditingDomain();
		if (domain == null) {
			return null;
		}
		for (Resource resource : domain.getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Engagement engagement) {
					Path file = input.getPath().toPath().toAbsolutePath().normalize();
					return new ActiveEngagement(editor, engagement, domain, file);
				}
			}
		}
		// the editor could not load its file and shows the problem instead
		return null;
	}

	/** The folder of the .kansa file, where its evidence files are. */
	public Path folder() {
		return file.getParent();
	}

	/** The file name without .kansa, for the default workpaper name. */
	public String baseName() {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
