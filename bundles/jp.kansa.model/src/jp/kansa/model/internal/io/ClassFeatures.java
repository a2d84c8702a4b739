/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the model says Kansa writes of one class, looked up once per class by
 * {@link FastEngagementReader}: the features written as attributes (single-valued stored
 * attributes, references by id) and those written as child elements (containments, many-valued
 * attributes). Names are compared as bytes (a class has a few dozen features), so reading an
 * element makes no string for its name.
 */
final class ClassFeatures {

	/** Features by their XML name, as UTF-8 bytes. */
	static final class ByName {
		private final List<byte[]> names = new ArrayList<>();
		private final List<EStructuralFeature> features = new ArrayList<>();

		void add(EStructuralFeature feature) {
			names.add(feature.getName().getBytes(StandardCharsets.UTF_8));
			features.add(feature);
		}

		/** The feature named by {@code bytes[start, end)}, or {@code null}. */
		EStructuralFeature find(byte[] bytes, int start, int end) {
			int length = end - start;
			for (int i = 0; i < names.size(); i++) {
				byte[] name = names.get(i);
				if (name.length == length && Arrays.equals(name, 0, length, bytes, start, end)) {
					return features.get(i);
				}
			}
			return null;
		}
	}

	final ByName attributes = new ByName();
	final ByName elements = new ByName();

	ClassFeatures(EClass eClass) {
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || !feature.isChangeable()
					|| eClass.getFeatureID(feature) >= Long.SIZE) {
				continue; // never written by Kansa: let EMF decide what such a file means
			}
			if (feature instanceof EAttribute attribute) {
				(attribute.isMany() ? elements : attributes).add(feature);
			} else if (feature instanceof EReference reference && reference.getEOpposite() == null) {
				if (reference.isContainment()) {
					if (!reference.getEReferenceType().isAbstract() && !reference.getEReferenceType().isInterface()) {
						elements.add(feature);
					}
				} else {
					attributes.add(feature);
				}
			}
		}
	}
}
