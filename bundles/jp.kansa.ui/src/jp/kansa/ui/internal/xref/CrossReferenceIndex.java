/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.xref;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Catalog;
import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Item;
import jp.kansa.model.Part;
import jp.kansa.model.Reference;
import jp.kansa.model.ReferenceTarget;

/**
 * Which check points cite which guideline nodes, directly and through sub-nodes.
 * <p>
 * Built from {@link Reference#getTarget()} rather than the transient
 * {@link ReferenceTarget#getCitations()} so that it does not depend on how the catalog was
 * loaded. Check points keep catalog order.
 */
public final class CrossReferenceIndex {

	private final Map<ReferenceTarget, Set<CheckPoint>> direct = new HashMap<>();

	private final Map<ReferenceTarget, Set<CheckPoint>> withDescendants = new HashMap<>();

	public CrossReferenceIndex(Catalog catalog) {
		for (Part part : catalog.getParts()) {
			for (Category category : part.getCategories()) {
				for (Item item : category.getItems()) {
					item.getCheckPoints().forEach(this::add);
				}
			}
		}
	}

	/** Check points with a reference to exactly this node. */
	public List<CheckPoint> directlyCiting(ReferenceTarget target) {
		return List.copyOf(direct.getOrDefault(target, Set.of()));
	}

	/** Number of distinct check points citing this node or any node below it. */
	public int citingCount(ReferenceTarget target) {
		return withDescendants.getOrDefault(target, Set.of()).size();
	}

	/** The node of the check point's first reference, where the cross-reference view shows it. */
	public Optional<ReferenceTarget> firstTarget(CheckPoint checkPoint) {
		return checkPoint.getReferences().stream()
				.map(Reference::getTarget)
				.filter(target -> target != null)
				.findFirst();
	}

	private void add(CheckPoint checkPoint) {
		for (Reference reference : checkPoint.getReferences()) {
			ReferenceTarget target = reference.getTarget();
			if (target == null) {
				continue;
			}
			direct.computeIfAbsent(target, key -> new LinkedHashSet<>()).add(checkPoint);
			for (EObject node = target; node instanceof ReferenceTarget counted; node = node.eContainer()) {
				withDescendants.computeIfAbsent(counted, key -> new LinkedHashSet<>()).add(checkPoint);
			}
		}
	}
}
