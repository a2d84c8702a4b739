/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import jp.kansa.model.Catalog;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.Engagement;

/** Headless entry point: validates an engagement without touching the global validator registry. */
public final class EngagementValidation {

	private EngagementValidation() {
	}

	public static Diagnostic validate(Engagement engagement, Catalog catalog) {
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, catalog);
		return validate(engagement, context);
	}

	/**
	 * @param context entries as documented on {@link EngagementValidator}
	 * @throws OperationCanceledException when the context's monitor is cancelled
	 */
	public static Diagnostic validate(Engagement engagement, Map<Object, Object> context) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		EngagementValidator.register(registry);
		return new CancellableDiagnostician(registry).validate(engagement, context);
	}

	/**
	 * EMF turns an exception thrown by a validator into a "validation failed" diagnostic; a
	 * cancelled monitor ({@link EngagementValidator#MONITOR}) must instead stop the run.
	 * <p>
	 * The change log's entries are not walked: no rule reads them (the log's integrity is
	 * ChangeLogVerifier's, which reads the records), and walking them would make the entries of a
	 * log read from a file, which are made only when asked for (100,000 entries: ~70 ms).
	 */
	private static final class CancellableDiagnostician extends Diagnostician {
		CancellableDiagnostician(EValidator.Registry registry) {
			super(registry);
		}

		@Override
		protected boolean handleThrowable(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
				Map<Object, Object> context, Throwable throwable) {
			return !(throwable instanceof OperationCanceledException)
					&& super.handleThrowable(eClass, eObject, diagnostics, context, throwable);
		}

		@Override
		protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return eObject instanceof ChangeLog || super.doValidateContents(eObject, diagnostics, context);
		}
	}

	/** The diagnostics of the engagement rules, flattened, in report order. */
	public static List<Diagnostic> ruleDiagnostics(Diagnostic result) {
		List<Diagnostic> found = new ArrayList<>();
		collect(result, found);
		return found;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> found) {
		if (ValidationRule.of(diagnostic) != null) {
			found.add(diagnostic);
		}
		diagnostic.getChildren().forEach(child -> collect(child, found));
	}
}
