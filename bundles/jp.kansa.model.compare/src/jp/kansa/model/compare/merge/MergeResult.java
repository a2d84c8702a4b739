/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Side;

/**
 * A merge: the engagement with every change that did not conflict and ours' side of every
 * conflict, and the conflicts with both sides' values. Choose per conflict
 * ({@link Conflict#choose}) or per side ({@link #chooseAll}), then {@link #resolve()}.
 */
public final class MergeResult {

	private final Engagement merged;
	private final List<Conflict> conflicts;
	private final Applier applier;

	MergeResult(Engagement merged, List<Conflict> conflicts, Applier applier) {
		this.merged = merged;
		this.conflicts = List.copyOf(conflicts);
		this.applier = applier;
	}

	/** Every non-conflicting change of both sides and ours' side of each conflict. Do not edit it: {@link #resolve()} copies it. */
	public Engagement merged() {
		return merged;
	}

	/** Decisions and notes, in the order the comparison found them, sign-off notes last. */
	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** The conflicts a person has to decide. */
	public List<Conflict> decisions() {
		return conflicts.stream().filter(c -> c.kind().needsDecision()).toList();
	}

	/** True when nothing needs a decision (notes may remain). */
	public boolean isClean() {
		return decisions().isEmpty();
	}

	public void chooseAll(Side side) {
		conflicts.forEach(c -> c.choose(side));
	}

	/**
	 * A new engagement: {@link #merged()} with theirs' side taken where it was chosen, in a new
	 * resource with the merged one's URI.
	 */
	public Engagement resolve() {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Engagement copy = (Engagement) copier.copy(merged);
		copier.copyReferences();
		Applier onCopy = applier.onCopy(copy, copier);
		for (Conflict conflict : conflicts) {
			if (conflict.resolution() == Side.THEIRS) {
				conflict.applyTheirs(onCopy);
			}
		}
		onCopy.mapPendingReferences();
		onCopy.dropDanglingReferences();
		Resource resource = ModelMerge.newResource(merged.eResource());
		resource.getContents().add(copy);
		return copy;
	}
}
