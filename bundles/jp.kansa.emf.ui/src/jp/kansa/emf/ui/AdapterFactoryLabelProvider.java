/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over the EMF item providers' {@link IItemLabelProvider}.
 * <p>
 * Images are created lazily through an {@link ItemImageCache} and released in
 * {@link #dispose()}, so the provider owns the images it hands out.
 */
public class AdapterFactoryLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;

	private final ItemImageCache images = new ItemImageCache();

	public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		if (provider != null) {
			String text = provider.getText(element);
			return text == null ? "" : text; //$NON-NLS-1$
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private IItemLabelProvider labelProvider(Object element) {
		if (element instanceof IItemLabelProvider self) {
			return self;
		}
		Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
		return adapter instanceof IItemLabelProvider provider ? provider : null;
	}
}
