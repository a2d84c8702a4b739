/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Engagement;

/**
 * What the engagement holds, without its log, as one hash — and per element with an id, a short
 * digest of its own fields (with its container and the elements without id inside it, such as
 * annotations), so a difference can be traced to the element. Lists count as sets and order does
 * not matter, as in the compare core: moving rows around is no change.
 *
 * @param hash  SHA-256 (hex) of {@link #table()}
 * @param table one line per element, sorted by id: 16 hex digits, a space, the id escaped
 */
public record StateFingerprint(String hash, String table) {

	private static final String NOT_COMPARED_SOURCE = "http://www.kansa.jp/model/compare"; //$NON-NLS-1$

	public static StateFingerprint of(Engagement engagement) {
		TreeMap<String, String> digests = new TreeMap<>();
		collect(engagement, digests);
		StringBuilder table = new StringBuilder(digests.size() * 32);
		digests.forEach((id, digest) -> table.append(digest).append(' ').append(escape(id)).append('\n'));
		String text = table.toString();
		return new StateFingerprint(ChangeLogs.sha256(text), text);
	}

	/** The digests of a table, by id, in the table's order. */
	public static Map<String, String> parse(String table) {
		Map<String, String> digests = new LinkedHashMap<>();
		if (table == null) {
			return digests;
		}
		int start = 0;
		while (start < table.length()) {
			int end = table.indexOf('\n', start);
			if (end < 0) {
				end = table.length();
			}
			String line = table.substring(start, end);
			int space = line.indexOf(' ');
			if (space > 0) {
				digests.put(unescape(line.substring(space + 1)), line.substring(0, space));
			}
			start = end + 1;
		}
		return digests;
	}

	/** Every element with an id, by id (the log's own entries left out). */
	public static Map<String, EObject> elements(Engagement engagement) {
		Map<String, EObject> elements = new HashMap<>();
		walk(engagement, object -> {
			String id = LoggedValues.id(object);
			if (id != null) {
				elements.putIfAbsent(id, object);
			}
		});
		return elements;
	}

	private static void collect(Engagement engagement, Map<String, String> digests) {
		walk(engagement, object -> {
			String id = LoggedValues.id(object);
			if (id != null) {
				digests.put(id, ChangeLogs.sha256(content(object)).substring(0, 16));
			}
		});
	}

	private static void walk(EObject object, java.util.function.Consumer<EObject> visitor) {
		visitor.accept(object);
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (containment.isTransient() || containment.isDerived() || isLog(containment)) {
				continue;
			}
			for (EObject child : children(object, containment)) {
				walk(child, visitor);
			}
		}
	}

	/** The element's own fields and what it contains that has no id of its own. */
	static String content(EObject object) {
		StringBuilder out = new StringBuilder(128);
		EClass eClass = object.eClass();
		out.append(eClass.getName()).append('|');
		EObject container = object.eContainer();
		if (container != null && LoggedValues.id(object) != null) {
			// where it sits is part of it: a clause moved to another contract is a change
			out.append(LoggedValues.id(container)).append('/').append(object.eContainmentFeature().getName());
		}
		out.append('|');
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment() && !reference.isTransient()
					&& !reference.isDerived() && !isLog(reference)) {
				List<String> inline = new ArrayList<>();
				for (EObject child : children(object, reference)) {
					if (LoggedValues.id(child) == null) {
						inline.add(content(child));
					}
				}
				if (!inline.isEmpty()) {
					inline.sort(null);
					out.append(feature.getName()).append('{');
					inline.forEach(text -> out.append(text.length()).append(':').append(text));
					out.append('}');
				}
				continue;
			}
			if (!LoggedValues.isContentField(eClass, feature)) {
				continue;
			}
			String value = LoggedValues.of(object, feature);
			if (value != null) {
				out.append(feature.getName()).append('=').append(value.length()).append(':').append(value).append('|');
			}
		}
		return out.toString();
	}

	static boolean isLog(EReference containment) {
		return "true".equals(EcoreUtil.getAnnotation(containment, NOT_COMPARED_SOURCE, "ignore")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference containment) {
		Object value = object.eGet(containment);
		if (containment.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static String escape(String id) {
		return id.replace("\\", "\\\\").replace("\n", "\\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String unescape(String id) {
		if (id.indexOf('\\') < 0) {
			return id;
		}
		StringBuilder out = new StringBuilder(id.length());
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '\\' && i + 1 < id.length()) {
				char next = id.charAt(++i);
				out.append(next == 'n' ? '\n' : next);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
