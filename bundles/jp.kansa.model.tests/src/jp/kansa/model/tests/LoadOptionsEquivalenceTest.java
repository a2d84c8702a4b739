/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.changelog.ChangeLogRecords;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResourceFactory;
import jp.kansa.model.resource.KansaResources;

/**
 * The load options and the loader's own date reading (made for speed) give the model EMF's
 * plain XMI loader gives with its default options: every attribute and every reference of every
 * object equal, for the sample and for an engagement in which every feature of every class
 * holds values (random Japanese text with XML's special characters, dates of three centuries,
 * timestamps, enums, references between any objects).
 */
class LoadOptionsEquivalenceTest {

	@TempDir
	Path folder;

	@Test
	void theSampleLoadsAsWithEmfsDefaultOptions() throws Exception {
		Path sample = SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME);
		assertSameModel(sample, 150);
	}

	@Test
	void anEngagementWithEveryFeatureFilledLoadsAsWithEmfsDefaultOptions() throws Exception {
		Path file = folder.resolve("every-feature.kansa");
		Engagement engagement = new EveryFeature(new Random(2026)).engagement();
		Resource resource = new KansaResourceFactory().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		assertSameModel(file, 1_500);
	}

	private static void assertSameModel(Path file, int atLeast) throws Exception {
		Engagement fast = EngagementFiles.load(file);
		Engagement plain = plainLoad(file);
		int[] counts = count(plain);
		assertTrue(counts[0] >= atLeast, "objects: " + counts[0]);
		assertTrue(EcoreUtil.equals(plain, fast), "the Kansa loader's model differs from EMF's default load of " + file);
		assertEquals(counts[0], count(fast)[0]);
		assertEquals(counts[1], count(fast)[1], "values set");
	}

	/** EMF's XMI loader as it comes, no options; the 変更履歴's records become entries as the Kansa loader does. */
	private static Engagement plainLoad(Path file) throws IOException {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("kansa", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(KansaPackage.eNS_URI, KansaPackage.eINSTANCE);
		set.getPackageRegistry().put(KansaResources.NS_URI_1_0, KansaPackage.eINSTANCE);
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(null);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		ChangeLogRecords.read(resource);
		return (Engagement) resource.getContents().get(0);
	}

	/** Objects, and values set (attributes and references) over all of them. */
	private static int[] count(EObject root) {
		int objects = 1;
		int values = setValues(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			objects++;
			values += setValues(object);
		}
		return new int[] { objects, values };
	}

	private static int setValues(EObject object) {
		int values = 0;
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (object.eIsSet(feature)) {
				values++;
			}
		}
		return values;
	}

	/**
	 * Fills every changeable, stored feature of every class below Engagement, reflectively, so a
	 * feature added to the model later is covered too.
	 */
	static final class EveryFeature {
		private static final String TEXT = "監査<証跡>&\"引用\" 'A' 医療情報\tシステム\n二行目 ＡＢＣ ①②";
		private final Random random;
		private final List<EObject> objects = new ArrayList<>();
		private final Map<EClass, Integer> ids = new HashMap<>();
		private final Map<EClass, List<EObject>> byType = new HashMap<>();

		EveryFeature(Random random) {
			this.random = random;
		}

		Engagement engagement() {
			Engagement engagement = KansaFactory.eINSTANCE.createEngagement();
			fill(engagement, 0);
			for (EObject object : objects) {
				link(object);
			}
			return engagement;
		}

		private void fill(EObject object, int depth) {
			objects.add(object);
			EClass eClass = object.eClass();
			for (EAttribute attribute : eClass.getEAllAttributes()) {
				if (stored(attribute)) {
					setAttribute(object, attribute);
				}
			}
			for (EReference containment : eClass.getEAllContainments()) {
				if (!stored(containment) || containment.getEReferenceType().isAbstract()) {
					continue;
				}
				int children = containment.isMany() ? (depth == 0 ? 120 : 2) : 1;
				for (int i = 0; i < children && depth < 4; i++) {
					EObject child = EcoreUtil.create(containment.getEReferenceType());
					add(object, containment, child);
					fill(child, depth + 1);
				}
			}
		}

		private void link(EObject object) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!stored(reference) || reference.isContainment() || reference.isContainer()) {
					continue;
				}
				List<EObject> candidates = candidates(reference.getEReferenceType());
				if (candidates.isEmpty()) {
					continue;
				}
				int n = reference.isMany() ? 1 + random.nextInt(3) : 1;
				for (int i = 0; i < n; i++) {
					add(object, reference, candidates.get(random.nextInt(candidates.size())));
				}
			}
		}

		private List<EObject> candidates(EClass type) {
			return byType.computeIfAbsent(type, t -> objects.stream().filter(t::isInstance).toList());
		}

		@SuppressWarnings("unchecked")
		private static void add(EObject object, EStructuralFeature feature, Object value) {
			if (feature.isMany()) {
				EList<Object> list = (EList<Object>) object.eGet(feature);
				if (!list.contains(value) || !feature.isUnique()) {
					list.add(value);
				}
			} else {
				object.eSet(feature, value);
			}
		}

		private void setAttribute(EObject object, EAttribute attribute) {
			if (attribute.isID()) {
				int n = ids.merge(object.eClass(), 1, Integer::sum);
				object.eSet(attribute, object.eClass().getName() + "-" + n + "/①");
				return;
			}
			int values = attribute.isMany() ? 2 : 1;
			for (int i = 0; i < values; i++) {
				Object value = value(attribute.getEAttributeType());
				if (value != null) {
					add(object, attribute, value);
				}
			}
		}

		private Object value(EDataType type) {
			Class<?> c = type.getInstanceClass();
			if (type instanceof EEnum eEnum) {
				return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
			}
			if (c == String.class) {
				int from = random.nextInt(TEXT.length());
				return TEXT.substring(from) + random.nextInt(1000);
			}
			if (c == LocalDate.class) {
				return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(300 * 365));
			}
			if (c == Instant.class) {
				return Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 4_102_444_800L));
			}
			if (c == int.class || c == Integer.class) {
				return Integer.valueOf(random.nextInt(100_000));
			}
			if (c == long.class || c == Long.class) {
				return Long.valueOf(random.nextLong(1, 1_000_000));
			}
			if (c == boolean.class || c == Boolean.class) {
				return Boolean.valueOf(random.nextBoolean());
			}
			return null;
		}

		private static boolean stored(EStructuralFeature feature) {
			return feature.isChangeable() && !feature.isTransient() && !feature.isDerived() && !feature.isVolatile();
		}
	}
}
