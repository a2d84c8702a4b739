/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.log;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.changelog.StateFingerprint;
import jp.kansa.model.compare.internal.ModelLabels;

/**
 * A 変更履歴 entry for people, in the labels the comparison uses (評価, 適合, 変更): the log keeps
 * machine values (literals, ids, ISO days) so that it reads the same in every language; this
 * turns them into words for the view and the workpaper.
 */
public final class ChangeLogText {

	/** Times are shown in Japan's time zone, as sign-offs are: the audits are Japanese. */
	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

	private final ModelLabels labels;
	private final Map<String, EClass> classes = new HashMap<>();

	/** @param engagement where the entries' elements are looked up (for the field's label) */
	public ChangeLogText(Locale locale, Engagement engagement) {
		this.labels = ModelLabels.of(locale);
		for (Map.Entry<String, EObject> element : StateFingerprint.elements(engagement).entrySet()) {
			classes.put(element.getKey(), element.getValue().eClass());
		}
	}

	public String kind(ChangeLogEntry entry) {
		return entry.getKind() == null ? "" : labels.literal(KansaPackage.Literals.CHANGE_KIND, entry.getKind()); //$NON-NLS-1$
	}

	public String when(ChangeLogEntry entry) {
		return when(entry.getWhen());
	}

	public static String when(Instant when) {
		return when == null ? "" : WHEN.format(when.atZone(JAPAN)); //$NON-NLS-1$
	}

	/** The field's label (評価), or its name when the element is gone and the name is unknown. */
	public String field(ChangeLogEntry entry) {
		EStructuralFeature feature = feature(entry);
		if (feature != null) {
			return labels.feature(feature);
		}
		return entry.getFeature() == null ? "" : entry.getFeature(); //$NON-NLS-1$
	}

	public String oldValue(ChangeLogEntry entry) {
		return value(entry, entry.getOldValue());
	}

	public String newValue(ChangeLogEntry entry) {
		return value(entry, entry.getNewValue());
	}

	/** An enum literal as its label (conforming → 適合); anything else as it was logged. */
	private String value(ChangeLogEntry entry, String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		EStructuralFeature feature = feature(entry);
		if (feature != null && feature.getEType() instanceof EEnum eEnum) {
			Enumerator literal = eEnum.getEEnumLiteralByLiteral(value);
			if (literal != null) {
				return labels.literal(eEnum, literal);
			}
		}
		return value;
	}

	private EStructuralFeature feature(ChangeLogEntry entry) {
		if (entry.getFeature() == null) {
			return null;
		}
		EClass eClass = classes.get(entry.getElementId());
		if (eClass != null) {
			return eClass.getEStructuralFeature(entry.getFeature());
		}
		// the element is gone: the first engagement class with a field of that name
		for (EClassifier classifier : KansaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && c.getEStructuralFeature(entry.getFeature()) != null) {
				return c.getEStructuralFeature(entry.getFeature());
			}
		}
		return null;
	}
}
