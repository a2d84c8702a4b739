/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import jp.kansa.model.KansaPackage;
import jp.kansa.model.compare.EngagementComparison;

/**
 * The core knows no feature by name: a class it has never seen, with features added tomorrow,
 * is compared the same way (what a new optional field on SignOff will get without a code change).
 */
class ReflectiveComparisonTest {

	private final EcoreFactory ecore = EcoreFactory.eINSTANCE;

	@Test
	void featuresOfAClassTheCoreHasNeverSeenAreCompared() {
		EPackage pack = ecore.createEPackage();
		pack.setName("future");
		pack.setNsURI("http://www.kansa.jp/test/future");
		pack.setNsPrefix("future");
		EClass thing = ecore.createEClass();
		thing.setName("Thing");
		pack.getEClassifiers().add(thing);
		EAttribute id = attribute(thing, "id", EcorePackage.Literals.ESTRING);
		id.setID(true);
		EAttribute note = attribute(thing, "reviewNote", EcorePackage.Literals.ESTRING);
		EAttribute due = attribute(thing, "reviewDue", KansaPackage.Literals.CALENDAR_DATE);
		EReference parts = ecore.createEReference();
		parts.setName("parts");
		parts.setEType(thing);
		parts.setContainment(true);
		parts.setUpperBound(-1);
		thing.getEStructuralFeatures().add(parts);

		EObject older = EcoreUtil.create(thing);
		older.eSet(id, "root");
		EObject part = EcoreUtil.create(thing);
		part.eSet(id, "p1");
		part.eSet(note, "first");
		@SuppressWarnings("unchecked")
		List<EObject> children = (List<EObject>) older.eGet(parts);
		children.add(part);

		EObject newer = EcoreUtil.copy(older);
		@SuppressWarnings("unchecked")
		List<EObject> newChildren = (List<EObject>) newer.eGet(parts);
		newChildren.get(0).eSet(note, "second");
		newChildren.get(0).eSet(due, LocalDate.of(2026, 4, 1));
		EObject added = EcoreUtil.create(thing);
		added.eSet(id, "p2");
		added.eSet(note, "new one");
		newChildren.add(added);

		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.ENGLISH);
		assertEquals(List.of("p1 Review Note: first → second", "p1 Review Due: — → 2026-04-01",
				"p2 (Thing) added: new one"), comparison.differences().stream().map(comparison::line).toList());
	}

	private EAttribute attribute(EClass owner, String name, org.eclipse.emf.ecore.EDataType type) {
		EAttribute attribute = ecore.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		owner.getEStructuralFeatures().add(attribute);
		return attribute;
	}
}
