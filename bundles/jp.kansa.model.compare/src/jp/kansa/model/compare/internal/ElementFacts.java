/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Party;

/**
 * How a person finds an element again, and what it is about (for the filters): the human path
 * ({@code C-2 × 2-A-9-①}, {@code C-1 › CL-1-12}, {@code C-2 × 2-A-6-① › 注記 (T-1 2025-09-12T02:30:00Z)}),
 * its contract, its check points and the parties it names.
 */
public final class ElementFacts {

	private static final String SEPARATOR = " › "; //$NON-NLS-1$
	private static final String CHECK_POINT_ID = "checkPointId"; //$NON-NLS-1$
	private static final String CHECK_POINT_IDS = "checkPointIds"; //$NON-NLS-1$

	private ElementFacts() {
	}

	public static String path(EObject object, ModelLabels labels) {
		EObject container = object.eContainer();
		if (container == null) {
			return labels.type(object.eClass());
		}
		if (object instanceof ContractCheck check && check.getContract() != null) {
			// the contract × check point cell of the matrix: what an auditor calls it
			return nonEmpty(Values.id(check.getContract()), "?") + " × " + check.getCheckPointId(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String id = Values.id(object);
		String own;
		if (id != null) {
			own = id;
			if (object.eClass().getEStructuralFeature(CHECK_POINT_ID) instanceof EStructuralFeature cp
					&& !cp.isMany() && object.eGet(cp) instanceof String checkPoint && !checkPoint.isEmpty()) {
				own = id + " (" + checkPoint + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		} else {
			StringBuilder who = new StringBuilder();
			for (EStructuralFeature feature : ElementIndex.identityFeatures(object.eClass())) {
				Object value = Values.machine(object, feature);
				if (value != null) {
					who.append(who.length() > 0 ? " " : "").append(value); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (who.length() == 0 && container.eGet(object.eContainmentFeature()) instanceof List<?> siblings) {
				who.append(siblings.indexOf(object) + 1);
			}
			own = labels.type(object.eClass()) + " (" + who + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return container.eContainer() == null ? own : path(container, labels) + SEPARATOR + own;
	}

	/** The contract the element belongs to: itself, its check's contract, or its container's. */
	public static String contractId(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Contract contract) {
				return Values.id(contract);
			}
			if (o instanceof ContractCheck check) {
				return check.getContract() == null ? null : Values.id(check.getContract());
			}
		}
		return null;
	}

	/** Check point ids of the element (checkPointId / checkPointIds), else of its nearest container that has one. */
	public static void checkPointIds(EObject object, Collection<String> into) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			EStructuralFeature single = o.eClass().getEStructuralFeature(CHECK_POINT_ID);
			EStructuralFeature many = o.eClass().getEStructuralFeature(CHECK_POINT_IDS);
			boolean found = false;
			for (EStructuralFeature feature : new EStructuralFeature[] { single, many }) {
				if (feature == null) {
					continue;
				}
				found = true;
				Object value = o.eGet(feature);
				if (value instanceof String s && !s.isEmpty()) {
					into.add(s);
				} else if (value instanceof List<?> list) {
					list.forEach(v -> into.add(String.valueOf(v)));
				}
			}
			if (found) {
				return;
			}
		}
	}

	/** The party itself, and the parties the given feature (or, for a whole element, any of its references) names. */
	public static void partyIds(EObject object, EStructuralFeature feature, Collection<String> into) {
		if (object == null) {
			return;
		}
		if (object instanceof Party) {
			into.add(Values.id(object));
		}
		List<? extends EStructuralFeature> features = feature != null ? List.of(feature)
				: object.eClass().getEAllReferences();
		for (EStructuralFeature f : features) {
			if (f instanceof EReference reference && !reference.isContainment() && !reference.isContainer()
					&& KansaPackage.Literals.PARTY.isSuperTypeOf(reference.getEReferenceType())) {
				Object value = Values.machine(object, reference);
				if (value instanceof String s) {
					into.add(s);
				} else if (value instanceof List<?> list) {
					list.forEach(v -> into.add(String.valueOf(v)));
				}
			}
		}
	}

	private static String nonEmpty(String value, String fallback) {
		return value == null || value.isEmpty() ? fallback : value;
	}
}
