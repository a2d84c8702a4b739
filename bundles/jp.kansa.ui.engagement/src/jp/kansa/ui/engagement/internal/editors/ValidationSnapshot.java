/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.EvidenceKind;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceFiles;

/**
 * A private copy of the engagement, taken between two edits, which the rules then read on a
 * worker thread while the auditor goes on editing the original.
 * <p>
 * Why a copy rather than reading the live model from the worker: EMF objects are not
 * thread-safe (a getter creates its list on first use, an adapter list grows while a label is
 * computed), and a run that overlapped an edit could report a state that never existed. The copy
 * is one walk of the model, made on the worker under the editor's model lock (see
 * LockingCommandStack; measured in MatrixBenchmarkTest); the diagnostics found on the copy are translated back to the live objects before anyone
 * sees them, so double-click, colours and tooltips work on the editor's own objects.
 */
final class ValidationSnapshot {

	/** What the worker needs of one evidence file; the live object is only a key, never read there. */
	record EvidenceInput(Evidence live, String path, String sha256) {
	}

	private final long generation;
	private final Engagement copy;
	/** original → copy, filled on the UI thread, only read afterwards. */
	private final EcoreUtil.Copier copier;
	private final Path folder;
	private final List<EvidenceInput> evidence;
	private final long copyNanos;
	/** copy → original, built on the worker when first needed. */
	private Map<EObject, EObject> toLive;

	private ValidationSnapshot(long generation, Engagement copy, EcoreUtil.Copier copier, Path folder,
			List<EvidenceInput> evidence, long copyNanos) {
		this.generation = generation;
		this.copy = copy;
		this.copier = copier;
		this.folder = folder;
		this.evidence = evidence;
		this.copyNanos = copyNanos;
	}

	/**
	 * Takes the snapshot; on a worker, the caller holding the editor's model lock for reading (no
	 * command can run meanwhile), or on the UI thread, where the model changes.
	 *
	 * @param verdict the change log's verdict as kept on the live engagement, read on the UI thread
	 *                (an adapter list the worker must not walk while the UI adds to it)
	 */
	static ValidationSnapshot take(Engagement engagement, long generation, LogVerdict verdict) {
		long start = System.nanoTime();
		EcoreUtil.Copier copier = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			/**
			 * The change log grows with every save and the rules judge it through the verdict kept
			 * on the engagement (below), never entry by entry: copying it would only cost time.
			 */
			@Override
			protected void copyContainment(EReference reference, EObject object, EObject copyEObject) {
				if (reference != KansaPackage.Literals.ENGAGEMENT__CHANGE_LOG) {
					super.copyContainment(reference, object, copyEObject);
				}
			}
		};
		Engagement copy = (Engagement) copier.copy(engagement);
		copier.copyReferences();
		// the rules judge the change log as it was opened or last saved (see ChangeLogVerifier):
		// the copy carries that verdict, or it would report every unsaved edit as made outside
		ChangeLogVerifier.remember(copy, verdict);
		Resource original = engagement.eResource();
		if (original != null) {
			ResourceImpl resource = new ResourceImpl(URI.createURI(original.getURI().toString()));
			resource.getContents().add(copy);
			// ids are unique per resource (EObjectValidator asks for each object): without this map
			// every lookup walks the whole copy. Set after adding, so that the worker fills it.
			resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
		Path folder = EvidenceFiles.folderOf(engagement).orElse(null);
		List<EvidenceInput> inputs = new ArrayList<>();
		if (folder != null) {
			for (Evidence item : engagement.getEvidence()) {
				if (item.getKind() == EvidenceKind.FILE) {
					inputs.add(new EvidenceInput(item, item.getPath(), item.getSha256()));
				}
			}
		}
		return new ValidationSnapshot(generation, copy, copier, folder, inputs, System.nanoTime() - start);
	}

	long generation() {
		return generation;
	}

	Engagement copy() {
		return copy;
	}

	Path folder() {
		return folder;
	}

	List<EvidenceInput> evidence() {
		return evidence;
	}

	long copyNanos() {
		return copyNanos;
	}

	/** Looks up the checks made for the live evidence when the rules ask about its copy. */
	Function<Evidence, EvidenceCheck> evidenceChecks(Map<Evidence, EvidenceCheck> byLiveEvidence) {
		return copied -> byLiveEvidence.get(live(copied));
	}

	/** The live object a copied one stands for (itself when it was not copied, e.g. the catalog's). */
	@SuppressWarnings("unchecked")
	<T> T live(T object) {
		if (!(object instanceof EObject copied)) {
			return object;
		}
		if (toLive == null) {
			Map<EObject, EObject> inverse = new HashMap<>(copier.size() * 2);
			copier.forEach((original, copyOf) -> inverse.put(copyOf, original));
			toLive = inverse;
		}
		EObject original = toLive.get(copied);
		return original == null ? object : (T) original;
	}

	/** The diagnostic as the rules would have reported it on the live model. */
	Diagnostic toLive(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		Object[] mapped = new Object[data.size()];
		for (int i = 0; i < mapped.length; i++) {
			Object datum = data.get(i);
			if (datum instanceof Collection<?> many) {
				datum = many.stream().map(this::live).toList();
			}
			mapped[i] = live(datum);
		}
		BasicDiagnostic live = new BasicDiagnostic(diagnostic.getSeverity(), diagnostic.getSource(), diagnostic.getCode(),
				diagnostic.getMessage(), mapped);
		for (Diagnostic child : diagnostic.getChildren()) {
			live.add(toLive(child));
		}
		return live;
	}

	/**
	 * The matrix cell of a live check, read from its copy: the worker never reads the live model,
	 * which the UI thread may be changing meanwhile.
	 */
	ValidationResults.Cell cellOf(ContractCheck liveCheck) {
		if (copier.get(liveCheck) instanceof ContractCheck copied) {
			return new ValidationResults.Cell((Contract) live(copied.getContract()), copied.getCheckPointId());
		}
		return null; // not in the snapshot: a check added since, whose run is on its way
	}
}
