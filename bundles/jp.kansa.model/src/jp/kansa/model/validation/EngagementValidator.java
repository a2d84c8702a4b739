/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.validation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

import jp.kansa.model.Catalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.edition.EditionHistory;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.EvidenceChecker;
import jp.kansa.model.engagement.EvidenceFiles;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.internal.validation.CatalogIndex;
import jp.kansa.model.internal.validation.EngagementRules;
import jp.kansa.model.internal.validation.RuleContext;

/**
 * The engagement rules of {@link ValidationRule}, on top of EMF's own constraints
 * (multiplicities, dangling references). Rules compare objects across the whole engagement, so
 * they run once, when the {@link Engagement} itself is visited; each diagnostic's
 * {@code data[0]} is the object to select.
 * <p>
 * Context entries (all optional): {@link #CATALOG} the {@link Catalog} the check point ids refer
 * to — without it, the gap and unknown-id rules cannot run and a {@link ValidationRule#CATALOG_MISSING}
 * info says so; {@link #ENGAGEMENT_FOLDER} a {@link Path} for evidence files, by default the
 * folder of the engagement's resource; {@link #CLOCK} for "today" when the engagement has no
 * 基準日; {@link #LOCALE} of the messages, by default the JVM's (the product runs {@code -nl ja});
 * {@link #MONITOR} an {@link IProgressMonitor} whose cancellation stops the hashing of evidence
 * files ({@link OperationCanceledException} is thrown out of the validation);
 * {@link #EVIDENCE_CHECKS} a {@code Function<Evidence, EvidenceCheck>} with evidence files
 * checked beforehand (off the UI thread): the rules then read no file at all, and evidence it
 * has no current check for is not judged; {@link #EDITIONS} an {@link EditionHistory} that explains
 * check point ids a catalog edition removed or replaced.
 */
public class EngagementValidator extends EObjectValidator {

	public static final String CATALOG = "jp.kansa.model.validation.catalog";
	public static final String ENGAGEMENT_FOLDER = "jp.kansa.model.validation.engagementFolder";
	public static final String CLOCK = "jp.kansa.model.validation.clock";
	public static final String LOCALE = "jp.kansa.model.validation.locale";
	public static final String MONITOR = "jp.kansa.model.validation.monitor";
	public static final String EVIDENCE_CHECKS = "jp.kansa.model.validation.evidenceChecks";
	/** An {@link EditionHistory}: KANSA-CHECKPOINT-UNKNOWN then says which edition removed an id, or what it became. */
	public static final String EDITIONS = "jp.kansa.model.validation.editions";

	public static final EngagementValidator INSTANCE = new EngagementValidator();

	private final EvidenceChecker evidenceChecker = new EvidenceChecker();

	/**
	 * EMF builds a validator for a data type (its facets read from the extended metadata) for
	 * every single value it checks: a fifth of validating a large engagement. What it builds
	 * depends on the data type only, so one per type is kept.
	 */
	private final Map<EDataType, DynamicEDataTypeValidator> dataTypeValidators = new ConcurrentHashMap<>();

	/** Makes {@code Diagnostician.INSTANCE} use these rules for the Kansa package (the editor does this once). */
	public static void register(EValidator.Registry registry) {
		registry.put(KansaPackage.eINSTANCE, INSTANCE);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		if (eObject instanceof Engagement engagement) {
			DiagnosticChain chain = diagnostics != null ? diagnostics : new BasicDiagnostic();
			valid &= EngagementRules.check(createContext(engagement, chain, context));
		}
		return valid;
	}

	/** As EMF's, with the data type's validator made once. */
	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!eDataType.isInstance(value) || eDataType.eContainer() == getEPackage()) {
			return super.validate(eDataType, value, diagnostics, context);
		}
		return dataTypeValidators.computeIfAbsent(eDataType, DynamicEDataTypeValidator::new).validate(eDataType, value,
				diagnostics, context);
	}

	private RuleContext createContext(Engagement engagement, DiagnosticChain chain, Map<Object, Object> context) {
		Catalog catalog = get(context, CATALOG, Catalog.class);
		Path folder = get(context, ENGAGEMENT_FOLDER, Path.class);
		if (folder == null) {
			folder = EvidenceFiles.folderOf(engagement).orElse(null);
		}
		Clock clock = get(context, CLOCK, Clock.class);
		LocalDate referenceDate = engagement.getReferenceDate() != null ? engagement.getReferenceDate()
				: LocalDate.now(clock != null ? clock : Clock.systemDefaultZone());
		Locale locale = get(context, LOCALE, Locale.class);
		return new RuleContext(engagement, catalog == null ? null : new CatalogIndex(catalog), folder, referenceDate,
				locale != null ? locale : Locale.getDefault(), evidenceChecks(context, folder), chain)
				.withEditions(get(context, EDITIONS, EditionHistory.class))
				.withToday(VendorRound.today(clock != null ? clock : Clock.systemUTC()));
	}

	@SuppressWarnings("unchecked")
	private Function<Evidence, EvidenceCheck> evidenceChecks(Map<Object, Object> context, Path folder) {
		Object given = context == null ? null : context.get(EVIDENCE_CHECKS);
		if (given instanceof Function<?, ?> checks) {
			return (Function<Evidence, EvidenceCheck>) checks;
		}
		IProgressMonitor monitor = get(context, MONITOR, IProgressMonitor.class);
		return evidence -> folder == null ? null : evidenceChecker.check(folder, evidence, monitor);
	}

	private static <T> T get(Map<Object, Object> context, String key, Class<T> type) {
		Object value = context == null ? null : context.get(key);
		return type.isInstance(value) ? type.cast(value) : null;
	}
}
