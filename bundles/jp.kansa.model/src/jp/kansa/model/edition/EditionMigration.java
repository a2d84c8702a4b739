/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Finding;
import jp.kansa.model.SignOff;
import jp.kansa.model.SignedCheck;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.model.edition.EditionMapping.Kind;
import jp.kansa.model.edition.EditionMapping.Rule;
import jp.kansa.model.edition.MigrationReport.Change;
import jp.kansa.model.edition.MigrationReport.Entry;
import jp.kansa.model.edition.MigrationReport.Subject;

/**
 * Moves an engagement from one 確認表 edition to the next by an {@link EditionMapping}:
 * <ul>
 * <li>renamed: the check (and sign-offs, findings) take the new id; element ids stay, so the
 * two versions compare element by element;</li>
 * <li>split: the check becomes one check per new id, each with the same roles, clauses, evidence,
 * notes and 評価 — the 評価 judged the whole, so each is marked for review;</li>
 * <li>merged: one contract's checks of the merged ids become one (parties, clauses, evidence and
 * notes joined); differing 評価 go back to 未評価, differing 担当 keep the first, and the report
 * says what each side had;</li>
 * <li>removed, or unknown to the new catalog: the element keeps its id and is reported as
 * orphaned (never deleted: what the auditor wrote stays).</li>
 * </ul>
 * The engagement then records the new edition. The caller passes a copy if the original must stay.
 */
public final class EditionMigration {

	private static final String MESSAGES = "jp.kansa.model.edition.messages";

	private final EditionMapping mapping;
	private final Set<String> targetIds;
	private final ResourceBundle messages;
	private MigrationReport report;

	private EditionMigration(EditionMapping mapping, Catalog target, Locale locale) {
		this.mapping = mapping;
		this.targetIds = target == null ? null : checkPointIds(target);
		this.messages = ResourceBundle.getBundle(MESSAGES, locale, EditionMigration.class.getClassLoader());
	}

	/**
	 * Migrates the engagement in place.
	 *
	 * @param target the new edition's catalog, or null; with it, ids neither catalog nor mapping
	 *               account for are reported as orphaned too
	 * @throws EditionMappingException when the engagement records an edition other than the one
	 *                                 the mapping starts from (nothing is changed then)
	 */
	public static MigrationReport migrate(Engagement engagement, EditionMapping mapping, Catalog target, Locale locale)
			throws EditionMappingException {
		return new EditionMigration(mapping, target, locale).run(engagement);
	}

	/**
	 * Migrates the engagement in {@code source} into {@code output}, a new file (never over an
	 * existing one: the original stays as it was). Evidence paths stay relative, so the output
	 * belongs in the same folder as the source.
	 */
	public static MigrationReport toFile(Path source, EditionMapping mapping, Catalog target, Path output, Locale locale)
			throws IOException, EditionMappingException {
		Path destination = output.toAbsolutePath().normalize();
		if (Files.exists(destination)) {
			ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, locale, EditionMigration.class.getClassLoader());
			throw new FileAlreadyExistsException(destination.toString(), null, messages.getString("migrate.exists")); //$NON-NLS-1$
		}
		Engagement engagement = EngagementFiles.load(source.toAbsolutePath().normalize());
		MigrationReport report = migrate(engagement, mapping, target, locale);
		Files.createDirectories(destination.getParent());
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(destination.toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, destination);
		return report;
	}

	private MigrationReport run(Engagement engagement) throws EditionMappingException {
		String recorded = Objects.toString(engagement.getCatalogEdition(), ""); //$NON-NLS-1$
		if (!recorded.isEmpty() && !recorded.equals(mapping.fromEdition())) {
			throw new EditionMappingException(MessageFormat.format(messages.getString("migrate.wrongEdition"), //$NON-NLS-1$
					mapping.source(), recorded, mapping.fromEdition()));
		}
		report = new MigrationReport(recorded, mapping.toEdition());
		Set<ContractCheck> merged = new HashSet<>();
		for (ContractCheck check : List.copyOf(engagement.getContractChecks())) {
			if (!merged.contains(check)) {
				migrate(engagement, check, merged);
			}
		}
		for (SignOff signOff : engagement.getSignOffs()) {
			migrate(signOff);
		}
		for (Finding finding : engagement.getFindings()) {
			migrate(finding);
		}
		engagement.setCatalogEdition(mapping.toEdition());
		return report;
	}

	private void migrate(Engagement engagement, ContractCheck check, Set<ContractCheck> done) {
		String oldId = check.getCheckPointId();
		Rule rule = mapping.ruleFor(oldId).orElse(null);
		String where = where(check, oldId);
		if (rule == null || rule.kind() == Kind.KEPT) {
			orphanIfUnknown(Subject.CHECK, check.getId(), where, oldId, rule);
			return;
		}
		switch (rule.kind()) {
		case RENAMED -> {
			check.setCheckPointId(rule.to().get(0));
			add(Change.RENAMED, Subject.CHECK, check.getId(), where, oldId, rule, false, ""); //$NON-NLS-1$
		}
		case SPLIT -> split(engagement, check, rule, where);
		case MERGED -> merge(engagement, check, rule, where, done);
		case REMOVED -> add(Change.REMOVED, Subject.CHECK, check.getId(), where, oldId, rule, false, ""); //$NON-NLS-1$
		default -> throw new IllegalStateException(rule.kind().name());
		}
	}

	private void split(Engagement engagement, ContractCheck check, Rule rule, String where) {
		String oldId = check.getCheckPointId();
		EList<ContractCheck> checks = engagement.getContractChecks();
		int index = checks.indexOf(check);
		check.setCheckPointId(rule.to().get(0));
		for (int i = 1; i < rule.to().size(); i++) {
			ContractCheck piece = EcoreUtil.copy(check);
			piece.setCheckPointId(rule.to().get(i));
			piece.setId(freeId(engagement, check.getContract().getId() + "/" + rule.to().get(i))); //$NON-NLS-1$
			checks.add(index + i, piece);
		}
		add(Change.SPLIT, Subject.CHECK, check.getId(), where, oldId, rule, isAssessed(check), ""); //$NON-NLS-1$
	}

	private void merge(Engagement engagement, ContractCheck first, Rule rule, String where, Set<ContractCheck> done) {
		List<ContractCheck> group = new ArrayList<>();
		for (String id : rule.from()) {
			for (ContractCheck check : engagement.getContractChecks()) {
				if (check.getContract() == first.getContract() && id.equals(check.getCheckPointId())) {
					group.add(check);
				}
			}
		}
		ContractCheck kept = group.get(0);
		String newId = rule.to().get(0);
		List<String> notes = new ArrayList<>();
		Map<String, String> assessments = new LinkedHashMap<>();
		for (ContractCheck check : group) {
			assessments.put(check.getCheckPointId(), label(check.getAssessment()));
		}
		for (ContractCheck other : group.subList(1, group.size())) {
			if (other.getResponsibility() != kept.getResponsibility()) {
				notes.add(MessageFormat.format(messages.getString("migrate.responsibilityDiffers"), //$NON-NLS-1$
						kept.getCheckPointId(), kept.getResponsibility().getLiteral(), other.getCheckPointId(),
						other.getResponsibility().getLiteral()));
			}
			joinInto(kept.getResponsibleParties(), other.getResponsibleParties());
			joinInto(kept.getClauses(), other.getClauses());
			joinInto(kept.getEvidence(), other.getEvidence());
			kept.getAnnotations().addAll(List.copyOf(other.getAnnotations()));
			kept.setConclusion(joinText(kept.getConclusion(), other.getConclusion()));
		}
		boolean reviewNeeded = false;
		if (new HashSet<>(assessments.values()).size() > 1) {
			kept.setAssessment(AssessmentStatus.NOT_ASSESSED);
			notes.add(MessageFormat.format(messages.getString("migrate.assessmentsDiffer"), describe(assessments))); //$NON-NLS-1$
			reviewNeeded = true;
		}
		for (ContractCheck check : group) {
			String oldId = check.getCheckPointId();
			add(Change.MERGED, Subject.CHECK, kept.getId(), where(check, oldId), oldId, rule, reviewNeeded,
					String.join(" ", notes)); //$NON-NLS-1$
			done.add(check);
		}
		kept.setCheckPointId(newId);
		for (ContractCheck other : group.subList(1, group.size())) {
			retargetSignedChecks(engagement, other, kept);
			EcoreUtil.remove(other);
		}
	}

	private void migrate(SignOff signOff) {
		String oldId = signOff.getCheckPointId();
		Rule rule = mapping.ruleFor(oldId).orElse(null);
		if (rule == null || rule.kind() == Kind.KEPT) {
			orphanIfUnknown(Subject.SIGN_OFF, signOff.getId(), signOff.getId(), oldId, rule);
		} else if (rule.kind() == Kind.REMOVED) {
			add(Change.REMOVED, Subject.SIGN_OFF, signOff.getId(), signOff.getId(), oldId, rule, false, ""); //$NON-NLS-1$
		} else {
			signOff.setCheckPointId(rule.to().get(0));
			// a sign-off vouched for the old check point as a whole: after a split or merge it covers
			// something else, so it must be looked at again
			add(change(rule.kind()), Subject.SIGN_OFF, signOff.getId(), signOff.getId(), oldId, rule,
					rule.kind() != Kind.RENAMED, ""); //$NON-NLS-1$
		}
	}

	private void migrate(Finding finding) {
		List<String> before = List.copyOf(finding.getCheckPointIds());
		Set<String> after = new LinkedHashSet<>();
		for (String oldId : before) {
			Rule rule = mapping.ruleFor(oldId).orElse(null);
			if (rule == null || rule.kind() == Kind.KEPT) {
				orphanIfUnknown(Subject.FINDING, finding.getId(), finding.getId(), oldId, rule);
				after.add(oldId);
			} else if (rule.kind() == Kind.REMOVED) {
				add(Change.REMOVED, Subject.FINDING, finding.getId(), finding.getId(), oldId, rule, false, ""); //$NON-NLS-1$
				after.add(oldId);
			} else {
				add(change(rule.kind()), Subject.FINDING, finding.getId(), finding.getId(), oldId, rule, false, ""); //$NON-NLS-1$
				after.addAll(rule.to());
			}
		}
		if (!after.equals(new LinkedHashSet<>(before))) {
			finding.getCheckPointIds().clear();
			finding.getCheckPointIds().addAll(after);
		}
	}

	private void orphanIfUnknown(Subject subject, String elementId, String where, String id, Rule rule) {
		if (targetIds != null && !targetIds.contains(id)) {
			report.add(new Entry(Change.NOT_IN_CATALOG, subject, elementId, where, id, List.of(), false, "", //$NON-NLS-1$
					rule == null ? 0 : rule.line()));
		}
	}

	private void add(Change change, Subject subject, String elementId, String where, String oldId, Rule rule,
			boolean reviewNeeded, String note) {
		report.add(new Entry(change, subject, elementId, where, oldId, rule.to(), reviewNeeded, note, rule.line()));
		if (targetIds != null && !change.orphans()) {
			for (String id : rule.to()) {
				if (!targetIds.contains(id)) {
					report.add(new Entry(Change.NOT_IN_CATALOG, subject, elementId, where, id, List.of(), false, "", //$NON-NLS-1$
							rule.line()));
				}
			}
		}
	}

	private static Change change(Kind kind) {
		return switch (kind) {
		case RENAMED -> Change.RENAMED;
		case SPLIT -> Change.SPLIT;
		case MERGED -> Change.MERGED;
		default -> Change.REMOVED;
		};
	}

	private static void retargetSignedChecks(Engagement engagement, ContractCheck from, ContractCheck to) {
		for (SignOff signOff : engagement.getSignOffs()) {
			for (SignedCheck signed : signOff.getCovers()) {
				if (signed.getCheck() == from) {
					signed.setCheck(to);
				}
			}
		}
	}

	private static <T> void joinInto(EList<T> into, List<T> more) {
		for (T value : more) {
			if (!into.contains(value)) {
				into.add(value);
			}
		}
	}

	private static String joinText(String a, String b) {
		if (b == null || b.isBlank() || b.equals(a)) {
			return a;
		}
		return a == null || a.isBlank() ? b : a + "\n" + b; //$NON-NLS-1$
	}

	private static boolean isAssessed(ContractCheck check) {
		return check.getAssessment() != null && check.getAssessment() != AssessmentStatus.NOT_ASSESSED;
	}

	private String label(AssessmentStatus status) {
		return messages.getString("assessment." + (status == null ? AssessmentStatus.NOT_ASSESSED : status).getLiteral()); //$NON-NLS-1$
	}

	private static String describe(Map<String, String> values) {
		List<String> parts = new ArrayList<>();
		values.forEach((id, value) -> parts.add(id + " " + value)); //$NON-NLS-1$
		return String.join(", ", parts); //$NON-NLS-1$
	}

	private static String where(ContractCheck check, String checkPointId) {
		String contract = check.getContract() == null ? "?" : check.getContract().getId(); //$NON-NLS-1$
		return contract + " \u00d7 " + checkPointId; //$NON-NLS-1$
	}

	private static String freeId(Engagement engagement, String wanted) {
		Set<String> taken = new HashSet<>();
		engagement.eAllContents().forEachRemaining(o -> {
			if (o instanceof jp.kansa.model.EngagementElement e) {
				taken.add(e.getId());
			}
		});
		String id = wanted;
		for (int n = 2; taken.contains(id); n++) {
			id = wanted + "-" + n; //$NON-NLS-1$
		}
		return id;
	}

	static Set<String> checkPointIds(Catalog catalog) {
		Set<String> ids = new HashSet<>();
		catalog.eAllContents().forEachRemaining(o -> {
			if (o instanceof CheckPoint point) {
				ids.add(point.getId());
			}
		});
		return ids;
	}
}
