/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The model's words in one language (Japanese or English), whatever the JVM's locale: the item
 * providers' plugin.properties of jp.kansa.model.edit, so a comparison says 評価 where the editor
 * and the Properties view say 評価. A feature added to the model before its edit labels are
 * regenerated, or a plain JVM without the edit bundle (the benchmark), gets EMF's own label
 * made from the name ("completionDate" → "Completion Date").
 */
public final class ModelLabels {

	private static final String EDIT_PLUGIN_CLASS = "jp.kansa.model.provider.KansaEditPlugin"; //$NON-NLS-1$
	private static final String TEXTS = "jp.kansa.model.compare.internal.messages"; //$NON-NLS-1$
	private static final Map<String, ModelLabels> BY_LANGUAGE = new ConcurrentHashMap<>();

	private final Locale locale;
	private final ResourceBundle edit;
	private final ResourceBundle texts;
	private final Map<Object, String> cache = new ConcurrentHashMap<>();

	private ModelLabels(Locale locale) {
		this.locale = locale;
		this.edit = editBundle(locale);
		this.texts = ResourceBundle.getBundle(TEXTS, locale, ModelLabels.class.getClassLoader(), noFallback());
	}

	/** Japanese unless the locale's language is English: the product is Japanese first. */
	public static ModelLabels of(Locale locale) {
		Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE; //$NON-NLS-1$
		return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), l -> new ModelLabels(language));
	}

	public Locale locale() {
		return locale;
	}

	public String type(EClass eClass) {
		return cache.computeIfAbsent(eClass,
				c -> edit("_UI_" + eClass.getName() + "_type", eClass.getName())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public String feature(EStructuralFeature feature) {
		return cache.computeIfAbsent(feature, f -> edit("_UI_" + feature.getEContainingClass().getName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
				+ feature.getName() + "_feature", words(feature.getName()))); //$NON-NLS-1$
	}

	public String literal(EEnum eEnum, Enumerator value) {
		return edit("_UI_" + eEnum.getName() + "_" + value.getName() + "_literal", value.getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A text of this bundle (messages.properties), for what the model has no label for. */
	public String text(String key) {
		return texts.getString(key);
	}

	private String edit(String key, String fallback) {
		if (edit == null) {
			return fallback;
		}
		try {
			return edit.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}

	/** EMF.Edit's label for a name without one: words split at capitals, each capitalised. */
	static String words(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (i == 0) {
				out.append(Character.toUpperCase(c));
			} else if (Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
				out.append(' ').append(c);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static ResourceBundle editBundle(Locale locale) {
		try {
			// no compile-time reference: the core also runs where the edit bundle is absent
			ClassLoader loader = Class.forName(EDIT_PLUGIN_CLASS, false, ModelLabels.class.getClassLoader())
					.getClassLoader();
			return ResourceBundle.getBundle("plugin", locale, loader, noFallback()); //$NON-NLS-1$
		} catch (ClassNotFoundException | LinkageError | MissingResourceException e) {
			return null;
		}
	}

	/** plugin_ja, then plugin: never the JVM's default locale in between. */
	private static ResourceBundle.Control noFallback() {
		return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
	}
}
