/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.labels;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import jp.kansa.emf.ui.AdapterFactoryLabelProvider;

/** Checklist texts from {@link CatalogLabels}, icons from the EMF item providers. */
public class CatalogLabelProvider extends LabelProvider {

	private final AdapterFactoryLabelProvider icons;

	public CatalogLabelProvider(AdapterFactory adapterFactory) {
		icons = new AdapterFactoryLabelProvider(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		return CatalogLabels.text(element);
	}

	@Override
	public Image getImage(Object element) {
		return icons.getImage(element);
	}

	@Override
	public void dispose() {
		icons.dispose();
		super.dispose();
	}
}
