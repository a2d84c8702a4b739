/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingStatus;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.Responsibility;
import jp.kansa.model.internal.io.FileMessages;
import jp.kansa.model.resource.KansaResources;

/**
 * Starts a new fiscal year's engagement from the prior one (TeamMate and CaseWare call it
 * roll-forward). The prior engagement is copied whole and then pruned to what the
 * {@link RollForwardOptions} carry over: copying first keeps every id and every reference between
 * the carried elements as it was, so last year's and this year's files compare element by element.
 * Assessments and sign-offs always start fresh; each check keeps last year's 評価 and conclusion
 * as {@code priorAssessment}/{@code priorConclusion} (前年度の結論).
 */
public final class RollForward {

	private RollForward() {
	}

	/** The new engagement (not yet in a resource) and what was carried and flagged. */
	public record Result(Engagement engagement, RollForwardReport report) {
	}

	/** Rolls {@code prior} forward; {@code prior} itself is not changed. */
	public static Result roll(Engagement prior, RollForwardOptions options) {
		Engagement next = EcoreUtil.copy(prior);
		// a new year's file starts its own 変更履歴 at its first save; last year's stays in last year's file
		next.setChangeLog(null);
		next.setName(options.name() != null ? options.name() : prior.getName());
		next.setReferenceDate(orNextYear(options.referenceDate(), prior.getReferenceDate()));
		next.setPeriodStart(orNextYear(options.periodStart(), prior.getPeriodStart()));
		next.setPeriodEnd(orNextYear(options.periodEnd(), prior.getPeriodEnd()));
		next.setId(EngagementIds.fresh()); // a new year is a new engagement; the prior one is linked below
		next.setPriorEngagementId(prior.getId());
		next.setPriorEngagementName(prior.getName());
		next.setPriorEngagementPath(null);

		prune(next, dropped(next, options));
		next.getSignOffs().clear();
		// a new year starts a new vendors' round: last year's requests and answers stay in the prior file
		next.getVendorRequests().clear();
		for (ContractCheck check : next.getContractChecks()) {
			freshen(check, options);
		}
		for (Evidence evidence : next.getEvidence()) {
			evidence.setCarriedFrom(firstNonEmpty(evidence.getPath(), evidence.getUrl(), evidence.getTitle(),
					evidence.getId()));
		}
		return new Result(next, RollForwardReport.of(next));
	}

	/**
	 * Rolls the engagement in {@code priorFile} forward into {@code newFile}, which must not exist
	 * yet: carried evidence files are copied into the new file's folder under the same relative
	 * path, so that the new year's folder is self-contained, and keep their recorded SHA-256 (a
	 * file changed since it was recorded is still flagged by validation in the new year).
	 */
	public static Result toFile(Path priorFile, Path newFile, RollForwardOptions options) throws IOException {
		Path target = newFile.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null,
					FileMessages.get("rollForward.exists")); //$NON-NLS-1$
		}
		Path source = priorFile.toAbsolutePath().normalize();
		Engagement prior = EngagementFiles.load(source);
		Result result = roll(prior, options);
		Engagement next = result.engagement();
		Path newFolder = target.getParent();
		Files.createDirectories(newFolder);
		next.setPriorEngagementPath(newFolder.relativize(source).toString().replace('\\', '/'));
		copyEvidence(source.getParent(), newFolder, next, result.report());

		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(target.toString()));
		resource.getContents().add(next);
		EngagementFiles.save(resource, target);
		return result;
	}

	/** A contract whose term ends before the engagement's period starts: not in force this year. */
	public static boolean endsBeforePeriod(Contract contract) {
		LocalDate start = contract.eContainer() instanceof Engagement engagement ? engagement.getPeriodStart() : null;
		return start != null && contract.getEndDate() != null && contract.getEndDate().isBefore(start);
	}

	/** Evidence that has expired at its engagement's 基準日 (the same test as KANSA-EVIDENCE-EXPIRED). */
	public static boolean isExpired(Evidence evidence) {
		LocalDate asOf = evidence.eContainer() instanceof Engagement engagement ? engagement.getReferenceDate() : null;
		return asOf != null && evidence.getExpiryDate() != null && evidence.getExpiryDate().isBefore(asOf);
	}

	/** Evidence carried over from the prior year (前年度) rather than gathered this year. */
	public static boolean isCarriedOver(Evidence evidence) {
		return evidence.getCarriedFrom() != null && !evidence.getCarriedFrom().isEmpty();
	}

	private static LocalDate orNextYear(LocalDate given, LocalDate prior) {
		if (given != null) {
			return given;
		}
		return prior == null ? null : prior.plusYears(1);
	}

	private static Set<EObject> dropped(Engagement next, RollForwardOptions options) {
		Set<EObject> drop = new HashSet<>();
		if (!options.parties()) {
			for (Party party : next.getParties()) {
				if (party != next.getInstitution()) {
					drop.add(party);
				}
			}
		}
		if (!options.contracts()) {
			drop.addAll(next.getContracts());
			drop.addAll(next.getContractChecks());
		}
		if (!options.clauses() || !options.contracts()) {
			next.getContracts().forEach(contract -> drop.addAll(contract.getClauses()));
		}
		if (!options.evidence()) {
			drop.addAll(next.getEvidence());
		}
		for (Finding finding : next.getFindings()) {
			if (!options.findings() || finding.getStatus() == FindingStatus.CLOSED) {
				drop.add(finding);
			}
		}
		return drop;
	}

	/** Removes the objects and every reference to them, so the saved file has no dangling id. */
	private static void prune(Engagement next, Set<EObject> drop) {
		if (drop.isEmpty()) {
			return;
		}
		List<EObject> all = new ArrayList<>();
		next.eAllContents().forEachRemaining(all::add);
		all.add(next);
		for (EObject object : all) {
			if (drop.contains(object)) {
				continue;
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> values = (List<EObject>) object.eGet(reference);
					values.removeIf(drop::contains);
				} else if (drop.contains(object.eGet(reference))) {
					object.eUnset(reference);
				}
			}
		}
		drop.forEach(EcoreUtil::remove);
	}

	private static void freshen(ContractCheck check, RollForwardOptions options) {
		check.setPriorAssessment(check.getAssessment());
		check.setPriorConclusion(check.getConclusion());
		check.setAssessment(AssessmentStatus.NOT_ASSESSED);
		check.setConclusion(null);
		check.setLastModified(null);
		if (!options.keepDates()) {
			check.setInitialCheck(InitialCheck.UNANSWERED);
			check.setInitialCheckDate(null);
			check.setCompletionDate(null);
		}
		if (!options.roles()) {
			check.setResponsibility(Responsibility.UNASSIGNED);
			check.getResponsibleParties().clear();
		}
		if (!options.annotations()) {
			check.getAnnotations().clear();
		}
	}

	private static String firstNonEmpty(String... values) {
		for (String value : values) {
			if (value != null && !value.isEmpty()) {
				return value;
			}
		}
		return ""; //$NON-NLS-1$
	}

	private static void copyEvidence(Path priorFolder, Path newFolder, Engagement next, RollForwardReport report)
			throws IOException {
		for (Evidence evidence : next.getEvidence()) {
			if (evidence.getPath() == null || evidence.getPath().isEmpty()) {
				continue;
			}
			EvidenceLocation from = EvidenceLocation.of(priorFolder, evidence.getPath());
			if (!from.isInside()) {
				report.notCopied(evidence, FileMessages.get("evidence.problem." + from.problem().name())); //$NON-NLS-1$
				continue;
			}
			EvidenceLocation to = EvidenceLocation.of(newFolder, evidence.getPath());
			Path destination = newFolder.resolve(evidence.getPath()).normalize();
			if (!destination.startsWith(newFolder)) {
				report.notCopied(evidence, FileMessages.get("evidence.problem.PARENT_ESCAPE")); //$NON-NLS-1$
				continue;
			}
			if (to.isInside() && Files.isSameFile(to.file(), from.file())) {
				report.copied(evidence); // the new file sits beside the old one: same folder, nothing to copy
				continue;
			}
			if (Files.exists(destination)) {
				destination = freeName(destination);
				evidence.setPath(newFolder.relativize(destination).toString().replace('\\', '/'));
			}
			Files.createDirectories(destination.getParent());
			Files.copy(from.file(), destination);
			report.copied(evidence);
		}
	}

	/** {@code name (2).ext}, {@code name (3).ext}, …: never overwrite a file the new folder already holds. */
	private static Path freeName(Path taken) {
		String file = taken.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String stem = dot > 0 ? file.substring(0, dot) : file;
		String extension = dot > 0 ? file.substring(dot) : ""; //$NON-NLS-1$
		for (int n = 2;; n++) {
			Path candidate = taken.resolveSibling(stem + " (" + n + ")" + extension); //$NON-NLS-1$ //$NON-NLS-2$
			if (!Files.exists(candidate)) {
				return candidate;
			}
		}
	}
}
