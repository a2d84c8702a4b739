/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.SignOff;
import jp.kansa.model.compare.Classification;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceKind;
import jp.kansa.model.compare.Side;
import jp.kansa.model.compare.ThreeWayChange;
import jp.kansa.model.compare.ThreeWayComparison;
import jp.kansa.model.compare.internal.ElementIndex;
import jp.kansa.model.compare.internal.Values;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.model.resource.KansaResourceFactory;
import jp.kansa.model.resource.KansaResources;

/**
 * The three-way merge of engagements, applied: a copy of ours with every change of theirs that
 * does not conflict (fields, references by id, elements added at theirs' place, removals, moves),
 * and a {@link Conflict} for everything a person must decide, ours' side kept until chosen
 * otherwise. What the merge decides itself it says: an element both sides added under the same id
 * is kept twice, theirs renumbered (F-3 → F-4, references of theirs follow); an evidence file
 * both changed is kept twice, theirs under a new id and file name, linked where theirs linked it;
 * a sign-off over checks the other side changed is kept and is then stale (KANSA-SIGNOFF-STALE);
 * of two {@code lastModified} stamps the later wins.
 */
public final class ModelMerge {

	private final Engagement ours;
	private final Engagement theirs;
	private final ThreeWayComparison comparison;
	private final ElementIndex baseIndex;
	private final Map<Side, Set<String>> removedBy = new LinkedHashMap<>();
	private Applier applier;
	private final List<Conflict> conflicts = new ArrayList<>();
	/** Every key of the three versions and the ids given by the merge; built when first renumbering. */
	private Set<String> used;

	private ModelMerge(Engagement base, Engagement ours, Engagement theirs) {
		this.ours = ours;
		this.theirs = theirs;
		this.comparison = new ThreeWayComparison(base, ours, theirs);
		this.baseIndex = comparison.index(null);
	}

	/** Merges theirs into a copy of ours; the three engagements are not changed. */
	public static MergeResult merge(Engagement base, Engagement ours, Engagement theirs) {
		return new ModelMerge(base, ours, theirs).run();
	}

	private MergeResult run() {
		ElementIndex oursIndex = comparison.index(Side.OURS);
		ElementIndex theirsIndex = comparison.index(Side.THEIRS);
		removedBy.put(Side.OURS, removed(oursIndex));
		removedBy.put(Side.THEIRS, removed(theirsIndex));

		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Engagement merged = (Engagement) copier.copy(ours);
		copier.copyReferences();
		newResource(ours.eResource()).getContents().add(merged);
		applier = new Applier(merged, oursIndex, copier, theirsIndex);

		List<ThreeWayChange> changes = comparison.changes();
		Set<String> evidenceBothChanged = evidenceFilesChangedOnBothSides(changes);
		Set<String> evidenceKept = new HashSet<>();
		Set<String> held = new HashSet<>();
		List<Runnable> adds = new ArrayList<>();
		List<Runnable> fields = new ArrayList<>();
		List<String> removals = new ArrayList<>();
		Map<String, List<ThreeWayChange>> editDeletes = new LinkedHashMap<>();

		for (ThreeWayChange change : changes) {
			String key = change.element().key();
			if (evidenceBothChanged.contains(key) && change.field() != null) {
				// theirs' whole version goes in as a second item, once; ours' fields stay
				if (change.classification() == Classification.CONFLICT && evidenceKept.add(key)) {
					adds.add(() -> keepTheirsEvidence(change));
				}
				continue;
			}
			switch (change.classification()) {
			case UNCHANGED, OURS, BOTH_SAME -> {
				// ours already holds it
			}
			case BOTH_STAMPED -> {
				if (later(change.theirs().newValue(), change.ours().newValue())) {
					fields.add(() -> applier.setFromTheirs(key, change.feature()));
				}
			}
			case THEIRS -> take(change.theirs(), adds, fields, removals);
			case CONFLICT -> conflicts.add(fieldConflict(change));
			case ADD_ADD -> adds.add(() -> keepBothAdded(change));
			case EDIT_DELETE -> editDeletes.computeIfAbsent(removalKey(change), k -> new ArrayList<>()).add(change);
			case REFERENCE_TO_DELETED -> {
				Side referencing = change.side();
				Set<String> targets = deletedTargets(change.of(referencing), referencing.other());
				if (referencing == Side.OURS) {
					held.addAll(targets);
				} else if (change.feature() == null || change.feature().isMany()) {
					// theirs' new element or list goes in without what ours removed
					take(change.theirs(), adds, fields, removals);
				}
				// a single reference to what ours removed: ours' value stays until theirs is chosen
				conflicts.add(referenceConflict(change, targets));
			}
			}
		}
		editDeletes.forEach((key, group) -> conflicts.add(editDeleteConflict(key, group)));

		adds.forEach(Runnable::run);
		applier.mapPendingReferences();
		fields.forEach(Runnable::run);
		removals.stream().filter(k -> !held.contains(k)).forEach(applier::remove);
		applier.dropDanglingReferences();
		conflicts.addAll(staleSignOffs(merged));
		return new MergeResult(merged, conflicts, applier);
	}

	private Set<String> used() {
		if (used == null) {
			used = new HashSet<>();
			for (Side side : Side.values()) {
				comparison.index(side).entries().forEach(e -> used.add(e.key()));
			}
			baseIndex.entries().forEach(e -> used.add(e.key()));
		}
		return used;
	}

	/** A fresh resource like {@code like} (same URI), in a new Kansa resource set. */
	static Resource newResource(Resource like) {
		URI uri = like != null && like.getURI() != null ? like.getURI() : URI.createFileURI("merged.kansa"); //$NON-NLS-1$
		ResourceSet resourceSet = KansaResources.createResourceSet();
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			// git's %A has no .kansa extension
			resource = new KansaResourceFactory().createResource(uri);
			resourceSet.getResources().add(resource);
		}
		return resource;
	}

	private Set<String> removed(ElementIndex side) {
		Set<String> removed = new HashSet<>();
		for (ElementIndex.Entry entry : baseIndex.entries()) {
			if (side.matching(entry) == null) {
				removed.add(entry.key());
			}
		}
		return removed;
	}

	/** Applies one difference of theirs in the phase it belongs to. */
	private void take(Difference d, List<Runnable> adds, List<Runnable> fields, List<String> removals) {
		String key = d.element().key();
		switch (d.kind()) {
		case ADDED -> adds.add(() -> applier.insertCopy(key, null));
		case REMOVED -> removals.add(key);
		case CHANGED -> {
			if (Difference.CONTAINER.equals(d.field())) {
				adds.add(() -> applier.moveAsTheirs(key));
			} else {
				fields.add(() -> applier.setFromTheirs(key, d.feature()));
			}
		}
		}
	}

	private static boolean later(Object a, Object b) {
		if (a == null) {
			return false;
		}
		if (b == null) {
			return true;
		}
		try {
			return Instant.parse(a.toString()).isAfter(Instant.parse(b.toString()));
		} catch (RuntimeException e) {
			return a.toString().compareTo(b.toString()) > 0;
		}
	}

	private Conflict fieldConflict(ThreeWayChange change) {
		String key = change.element().key();
		Consumer<Applier> theirsSide = Difference.CONTAINER.equals(change.field()) ? a -> a.moveAsTheirs(key)
				: a -> a.setFromTheirs(key, change.feature());
		return new Conflict(ConflictKind.FIELD, key, change.element().id(), change.element().path(), change.field(),
				change.either().fieldLabel(), change.ours().newText(), change.theirs().newText(), null, theirsSide);
	}

	/** The file of an evidence item: a change of these on both sides means two different files. */
	private static Set<String> evidenceFilesChangedOnBothSides(List<ThreeWayChange> changes) {
		Set<String> keys = new HashSet<>();
		for (ThreeWayChange change : changes) {
			if (change.classification() == Classification.CONFLICT && "Evidence".equals(change.element().kind()) //$NON-NLS-1$
					&& ("sha256".equals(change.field()) || "path".equals(change.field()))) { //$NON-NLS-1$ //$NON-NLS-2$
				keys.add(change.element().key());
			}
		}
		return keys;
	}

	/** Theirs' version of an evidence item both changed goes in beside ours, with a new id and file name. */
	private void keepTheirsEvidence(ThreeWayChange change) {
		String key = change.element().key();
		String newId = ElementIds.next(key, used());
		used.add(newId);
		Evidence copy = (Evidence) applier.insertCopy(key, Map.of(key, newId), false);
		if (copy == null) {
			return;
		}
		copy.setPath(renamed(copy.getPath(), newId));
		Evidence theirsEvidence = (Evidence) applier.theirs(key);
		for (ContractCheck check : theirs.getContractChecks()) {
			int at = check.getEvidence().indexOf(theirsEvidence);
			ContractCheck mergedCheck = at < 0 ? null : (ContractCheck) applier.merged(check.getId());
			if (mergedCheck != null) {
				Evidence oursEvidence = (Evidence) applier.merged(key);
				int after = mergedCheck.getEvidence().indexOf(oursEvidence);
				mergedCheck.getEvidence().add(after < 0 ? mergedCheck.getEvidence().size() : after + 1, copy);
			}
		}
		conflicts.add(new Conflict(ConflictKind.EVIDENCE_BOTH_KEPT, key, key, change.element().path(), "path", //$NON-NLS-1$
				change.either().fieldLabel(), ((Evidence) applier.merged(key)).getPath(), copy.getPath(), newId, null));
	}

	/** {@code evidence/a.pdf} → {@code evidence/a.E-8.pdf}: theirs' file must be put there. */
	static String renamed(String path, String newId) {
		if (path == null || path.isEmpty()) {
			return path;
		}
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		return dot > slash + 1 ? path.substring(0, dot) + '.' + newId + path.substring(dot) : path + '.' + newId;
	}

	/** Both added under one key: keep both, theirs' ids that the merge already uses renumbered. */
	private void keepBothAdded(ThreeWayChange change) {
		String key = change.element().key();
		Map<String, String> ids = new LinkedHashMap<>();
		EObject theirsElement = change.theirs().element().newer();
		List<EObject> subtree = new ArrayList<>();
		subtree.add(theirsElement);
		theirsElement.eAllContents().forEachRemaining(subtree::add);
		for (EObject object : subtree) {
			String id = ElementIds.id(object);
			if (id != null && applier.merged(id) != null) {
				String next = ElementIds.next(id, used());
				used.add(next);
				ids.put(id, next);
			}
		}
		applier.insertCopy(key, ids);
		String newId = change.element().id() == null ? null : ids.get(change.element().id());
		conflicts.add(new Conflict(ConflictKind.RENUMBERED, key, change.element().id(), change.element().path(), null,
				null, change.ours().newText(), change.theirs().newText(), newId, null));
	}

	/** The outermost element the removing side took out that this change is about or inside. */
	private String removalKey(ThreeWayChange change) {
		Side remover = change.side();
		Difference removal = change.of(remover);
		if (removal != null && removal.kind() == DifferenceKind.REMOVED) {
			return removal.element().key();
		}
		Difference edit = change.of(remover.other());
		String anchor = edit.element().key();
		if (edit.kind() == DifferenceKind.ADDED) {
			EObject added = edit.element().newer();
			anchor = null;
			for (EObject up = added.eContainer(); up != null && anchor == null; up = up.eContainer()) {
				String id = ElementIds.id(up);
				if (id != null && baseIndex.get(id) != null) {
					anchor = id;
				}
			}
		}
		return outermostRemoved(anchor, remover);
	}

	private String outermostRemoved(String key, Side remover) {
		String outermost = key;
		for (String k = key; k != null;) {
			if (removedBy.get(remover).contains(k)) {
				outermost = k;
			}
			ElementIndex.Entry entry = baseIndex.get(k);
			k = entry == null ? null : entry.parentKey();
		}
		return outermost;
	}

	private Conflict editDeleteConflict(String key, List<ThreeWayChange> group) {
		Side remover = group.get(0).side();
		ElementIndex.Entry entry = baseIndex.get(key);
		String id = entry == null ? null : ElementIds.id(entry.object());
		String edits = group.stream().map(c -> c.of(remover.other())).filter(d -> d != null)
				.map(d -> d.field() == null ? d.newText() : d.fieldLabel() + ": " + d.newText()) //$NON-NLS-1$
				.collect(Collectors.joining("; ")); //$NON-NLS-1$
		String path = group.get(0).element().path();
		// ours' side is what the merge holds already; theirs' side removes it or brings it back
		Consumer<Applier> theirsSide = remover == Side.THEIRS ? a -> a.remove(key) : a -> a.insertCopy(key, null);
		return new Conflict(ConflictKind.EDIT_DELETE, key, id, path, null, null, remover == Side.OURS ? "" : edits, //$NON-NLS-1$
				remover == Side.THEIRS ? "" : edits, null, theirsSide); //$NON-NLS-1$
	}

	/** The outermost removed elements (of the other side) that a new reference in {@code d} points to. */
	private Set<String> deletedTargets(Difference d, Side remover) {
		Set<String> removed = removedBy.get(remover);
		Set<String> ids = new LinkedHashSet<>();
		if (d.kind() == DifferenceKind.CHANGED) {
			Collection<String> before = ids(d.oldValue());
			for (String id : ids(d.newValue())) {
				if (!before.contains(id) && removed.contains(id)) {
					ids.add(id);
				}
			}
		} else if (d.kind() == DifferenceKind.ADDED) {
			List<EObject> subtree = new ArrayList<>();
			subtree.add(d.element().newer());
			d.element().newer().eAllContents().forEachRemaining(subtree::add);
			for (EObject object : subtree) {
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
						continue;
					}
					for (String id : ids(Values.machine(object, reference))) {
						if (removed.contains(id)) {
							ids.add(id);
						}
					}
				}
			}
		}
		Set<String> outermost = new LinkedHashSet<>();
		ids.forEach(id -> outermost.add(outermostRemoved(id, remover)));
		return outermost;
	}

	private static Collection<String> ids(Object machine) {
		if (machine instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return machine == null ? List.of() : List.of(machine.toString());
	}

	private Conflict referenceConflict(ThreeWayChange change, Set<String> targets) {
		Side referencing = change.side();
		Difference d = change.of(referencing);
		String key = d.element().key();
		Consumer<Applier> theirsSide;
		if (referencing == Side.OURS) {
			// theirs' side: the removal stands, ours' reference goes with it
			theirsSide = a -> targets.forEach(a::remove);
		} else {
			// theirs' side: bring back what ours removed, then make theirs' reference
			theirsSide = a -> {
				targets.forEach(t -> a.insertCopy(t, null));
				if (d.kind() == DifferenceKind.ADDED) {
					a.remove(key);
					a.insertCopy(key, null);
				} else {
					a.mapPendingReferences();
					a.setFromTheirs(key, d.feature());
				}
			};
		}
		String deleted = String.join(", ", targets); //$NON-NLS-1$
		String made = d.newText();
		return new Conflict(ConflictKind.REFERENCE_TO_DELETED, key, d.element().id(), d.element().path(), d.field(),
				d.fieldLabel(), referencing == Side.OURS ? made : deleted, referencing == Side.THEIRS ? made : deleted,
				null, theirsSide);
	}

	/** Sign-offs that were current in the version they came from and are stale in the merge. */
	private List<Conflict> staleSignOffs(Engagement merged) {
		List<Conflict> notes = new ArrayList<>();
		for (SignOff signOff : merged.getSignOffs()) {
			List<ContractCheck> differing = SignOffScope.differences(merged, signOff);
			if (differing.isEmpty() || staleIn(ours, signOff.getId()) || staleIn(theirs, signOff.getId())) {
				continue;
			}
			String checks = differing.stream().map(ContractCheck::getId).collect(Collectors.joining(", ")); //$NON-NLS-1$
			notes.add(new Conflict(ConflictKind.SIGN_OFF_STALE, signOff.getId(), signOff.getId(),
					signOff.getCheckPointId() + " " + signOff.getId(), "covers", null, checks, checks, null, null)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return notes;
	}

	private static boolean staleIn(Engagement version, String signOffId) {
		EObject object = version.eResource() == null ? null : version.eResource().getEObject(signOffId);
		return object instanceof SignOff signOff && !SignOffScope.differences(version, signOff).isEmpty();
	}
}
