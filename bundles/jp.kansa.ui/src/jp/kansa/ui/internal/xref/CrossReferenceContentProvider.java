/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.xref;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import jp.kansa.model.Catalog;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.Volume;

/**
 * Guideline document → 編 → section tree; under every node, first the check points citing
 * that node directly (as {@link CitationLeaf}s), then its sub-nodes.
 */
public class CrossReferenceContentProvider implements ITreeContentProvider {

	private final CrossReferenceIndex index;

	public CrossReferenceContentProvider(CrossReferenceIndex index) {
		this.index = index;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Catalog catalog ? catalog.getDocuments().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof ReferenceTarget target)) {
			return new Object[0];
		}
		List<Object> children = new ArrayList<>();
		index.directlyCiting(target).forEach(checkPoint -> children.add(new CitationLeaf(target, checkPoint)));
		children.addAll(subNodes(target));
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof CitationLeaf leaf) {
			return leaf.target();
		} else if (element instanceof ReferenceTarget target) {
			return target.eContainer();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ReferenceTarget target
				&& (!subNodes(target).isEmpty() || !index.directlyCiting(target).isEmpty());
	}

	private static List<? extends ReferenceTarget> subNodes(ReferenceTarget target) {
		if (target instanceof GuidelineDocument document) {
			return document.getVolumes();
		} else if (target instanceof Volume volume) {
			return volume.getSections();
		} else if (target instanceof Section section) {
			return section.getSubsections();
		}
		return List.of();
	}
}
