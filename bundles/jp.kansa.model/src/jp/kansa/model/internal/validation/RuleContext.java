/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.edition.EditionHistory;
import jp.kansa.model.engagement.EvidenceCheck;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.validation.ValidationRule;

/** What the rules need to judge one engagement, and where they report. */
public final class RuleContext {

	private static final String MESSAGES = "jp.kansa.model.validation.messages";

	private final Engagement engagement;
	private final CatalogIndex catalog;
	private final Path engagementFolder;
	private final LocalDate referenceDate;
	private final ResourceBundle messages;
	private final Locale locale;
	private final DiagnosticChain chain;
	private final ContractCheckIndex checks;
	private final Function<Evidence, EvidenceCheck> evidenceChecks;
	private int problems;
	private EditionHistory editions = new EditionHistory(List.of());
	private LocalDate today;

	/**
	 * @param evidenceChecks the check of an evidence file, or null when it has not been checked
	 *                       (yet)
	 */
	public RuleContext(Engagement engagement, CatalogIndex catalog, Path engagementFolder, LocalDate referenceDate,
			Locale locale, Function<Evidence, EvidenceCheck> evidenceChecks, DiagnosticChain chain) {
		this.engagement = engagement;
		this.catalog = catalog;
		this.engagementFolder = engagementFolder;
		this.referenceDate = referenceDate;
		this.evidenceChecks = evidenceChecks;
		this.messages = ResourceBundle.getBundle(MESSAGES, locale, RuleContext.class.getClassLoader());
		this.locale = locale;
		this.chain = chain;
		this.checks = ContractCheckIndex.of(engagement);
	}

	/** The known mappings between catalog editions, to explain ids the catalog no longer has. */
	public EditionHistory editions() {
		return editions;
	}

	public RuleContext withEditions(EditionHistory history) {
		this.editions = history == null ? new EditionHistory(List.of()) : history;
		return this;
	}

	public Engagement engagement() {
		return engagement;
	}

	/** Empty when the caller gave no catalog; catalog-dependent rules then do not run. */
	public Optional<CatalogIndex> catalog() {
		return Optional.ofNullable(catalog);
	}

	/** Empty when the engagement is not saved in a local folder yet: file evidence cannot be judged. */
	public Optional<Path> engagementFolder() {
		return Optional.ofNullable(engagementFolder);
	}

	/** Today, for what is judged by the calendar rather than at the 基準日 (a vendor's due date). */
	public LocalDate today() {
		return today != null ? today : referenceDate;
	}

	/** Sets today's date (the validator does, from its clock). */
	public RuleContext withToday(LocalDate date) {
		this.today = date;
		return this;
	}

	/** The engagement's 基準日, or today when it has none. */
	public LocalDate referenceDate() {
		return referenceDate;
	}

	public ContractCheckIndex checks() {
		return checks;
	}

	/** The check of an evidence file in the folder, or null when it has not been checked (yet). */
	public EvidenceCheck evidenceCheck(Path folder, Evidence evidence) {
		EvidenceCheck check = evidenceChecks.apply(evidence);
		return check != null && check.isFor(evidence) ? check : null;
	}

	/** The language of the report. */
	public Locale locale() {
		return locale;
	}

	/** A text of the messages bundle in the language of the report. */
	public String text(String key) {
		return messages.getString(key);
	}

	/** Number of warnings and errors reported so far. */
	public int problems() {
		return problems;
	}

	/**
	 * Reports a rule violation; {@code data[0]} is the offending object (the UI selects it),
	 * further data are related objects.
	 */
	public void report(ValidationRule rule, Object[] arguments, EObject... data) {
		reportVariant(rule, null, arguments, data);
	}

	/**
	 * Reports with the message {@code <rule id>.<variant>} (a more specific wording of the same
	 * rule), or the rule's own message when the variant is null.
	 */
	public void reportVariant(ValidationRule rule, String variant, Object[] arguments, EObject... data) {
		String key = variant == null ? rule.id() : rule.id() + "." + variant; //$NON-NLS-1$
		String message = MessageFormat.format(messages.getString(key), arguments);
		chain.add(new BasicDiagnostic(rule.severity(), ValidationRule.SOURCE, rule.code(), message, data));
		if (rule.severity() >= org.eclipse.emf.common.util.Diagnostic.WARNING) {
			problems++;
		}
	}
}
