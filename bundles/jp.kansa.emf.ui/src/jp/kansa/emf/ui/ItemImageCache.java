/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects of EMF item providers (a {@link URL}, an {@link ImageDescriptor} or
 * a {@link ComposedImage}) into SWT images, once per distinct object.
 * <p>
 * A composed image is shown as its first layer: our item providers only compose the base icon
 * with overlays we do not use, and rendering overlays would need emf.edit.ui's image code.
 */
public class ItemImageCache {

	private final Map<Object, Image> images = new HashMap<>();

	/** The image for an item provider's image object; null when it cannot be made. */
	public Image get(Object imageObject) {
		Object key = baseOf(imageObject);
		if (key == null) {
			return null;
		}
		return images.computeIfAbsent(key, ItemImageCache::create);
	}

	public void dispose() {
		images.values().forEach(image -> {
			if (image != null && !image.isDisposed()) {
				image.dispose();
			}
		});
		images.clear();
	}

	private static Object baseOf(Object imageObject) {
		if (imageObject instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			return layers.isEmpty() ? null : baseOf(layers.get(0));
		}
		return imageObject;
	}

	private static Image create(Object key) {
		ImageDescriptor descriptor = null;
		if (key instanceof URL url) {
			descriptor = ImageDescriptor.createFromURL(url);
		} else if (key instanceof ImageDescriptor given) {
			descriptor = given;
		}
		return descriptor == null ? null : descriptor.createImage(false);
	}
}
