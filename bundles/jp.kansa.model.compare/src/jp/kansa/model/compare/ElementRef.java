/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * The element a difference is about, in both versions.
 *
 * @param key           the key that matched it across versions: its id, or for an element
 *                      without one (an annotation) its container's key, who and when, see
 *                      {@code ElementIndex}
 * @param kind          the model class name: {@code Engagement}, {@code Party},
 *                      {@code ContractCheck}, {@code Annotation}, …
 * @param kindLabel     the class's label in the comparison's language (監査, 当事者, 契約別確認, 注記…)
 * @param id            the element's id, {@code null} for an element without one
 * @param path          how a person finds it: {@code C-2 × 2-A-9-①}, {@code C-1 › CL-1-12}, {@code P-A}
 * @param contractId    the contract it belongs to, if any
 * @param checkPointIds the check points it is about (a check's, a sign-off's, a finding's), in
 *                      either version
 * @param older         the element in the older version, {@code null} when added
 * @param newer         the element in the newer version, {@code null} when removed
 */
public record ElementRef(String key, String kind, String kindLabel, String id, String path, String contractId,
		Set<String> checkPointIds, EObject older, EObject newer) {

	public ElementRef {
		// insertion order kept: JSON and views list them the same way every time
		checkPointIds = Collections.unmodifiableSet(new LinkedHashSet<>(checkPointIds));
	}

	/** The element in the newer version if it is there, else in the older one. */
	public EObject either() {
		return newer != null ? newer : older;
	}
}
