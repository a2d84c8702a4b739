/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import jp.kansa.model.Annotation;
import jp.kansa.model.AuditRole;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.ContractKind;
import jp.kansa.model.Engagement;
import jp.kansa.model.EngagementElement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingStatus;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage.Literals;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.model.engagement.SignOffScope;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Every change the editor makes, as an EMF command, so that each one is undoable and marks the
 * editor dirty. Pages and tests build their edits here rather than touching the model.
 */
public final class EngagementCommands {

	private static final KansaFactory F = KansaFactory.eINSTANCE;

	private final EditingDomain domain;
	private final Engagement engagement;

	public EngagementCommands(EditingDomain domain, Engagement engagement) {
		this.domain = domain;
		this.engagement = engagement;
	}

	/**
	 * Executes the command if it can be; the check is the stack's own, so that preparing the
	 * command (which may create the lists it adds to) happens under the editor's model lock too.
	 */
	public boolean execute(Command command) {
		if (command == null) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return domain.getCommandStack().getMostRecentCommand() == command;
	}

	public Command set(EObject owner, EStructuralFeature feature, Object value) {
		return SetCommand.create(domain, owner, feature, value == null && !feature.isMany() ? SetCommand.UNSET_VALUE : value);
	}

	/** Sets a cell of the role matrix; creates the check when the file had none for the cell. */
	public Command assign(Contract contract, String checkPointId, Responsibility responsibility, List<Party> parties) {
		return assign(ContractCheckIndex.of(engagement).find(contract, checkPointId), contract, checkPointId, responsibility,
				parties);
	}

	/**
	 * The same, for a caller that already knows the cell's check (the matrix keeps an index):
	 * finding it again would walk every check of the engagement per click.
	 */
	public Command assign(Optional<ContractCheck> existing, Contract contract, String checkPointId,
			Responsibility responsibility, List<Party> parties) {
		CompoundCommand command = new CompoundCommand(Messages.Command_assign);
		if (existing.isPresent()) {
			command.append(set(existing.get(), Literals.CONTRACT_CHECK__RESPONSIBILITY, responsibility));
			command.append(set(existing.get(), Literals.CONTRACT_CHECK__RESPONSIBLE_PARTIES, new ArrayList<>(parties)));
		} else {
			ContractCheck check = newCheck(contract, checkPointId);
			check.setResponsibility(responsibility);
			check.getResponsibleParties().addAll(parties);
			command.append(AddCommand.create(domain, engagement, Literals.ENGAGEMENT__CONTRACT_CHECKS, check));
		}
		return command;
	}

	/** A new contract with the institution as party and an unassigned check for every check point. */
	public Command addContract(String title, List<CheckPoint> checkPoints) {
		Contract contract = F.createContract();
		contract.setId(Ids.next(engagement, "C-")); //$NON-NLS-1$
		contract.setTitle(title);
		contract.setKind(ContractKind.OTHER);
		if (engagement.getInstitution() != null) {
			contract.getParties().add(engagement.getInstitution());
		}
		List<ContractCheck> checks = new ArrayList<>();
		for (CheckPoint checkPoint : checkPoints) {
			checks.add(newCheck(contract, checkPoint.getId()));
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_addContract);
		command.append(AddCommand.create(domain, engagement, Literals.ENGAGEMENT__CONTRACTS, contract));
		command.append(AddCommand.create(domain, engagement, Literals.ENGAGEMENT__CONTRACT_CHECKS, checks));
		return command;
	}

	public Command addParty(String name, PartyKind kind) {
		Party party = F.createParty();
		party.setId(Ids.next(engagement, "P-")); //$NON-NLS-1$
		party.setName(name);
		party.setKind(kind);
		return AddCommand.create(domain, engagement, Literals.ENGAGEMENT__PARTIES, party);
	}

	public Command addTeamMember(String name, AuditRole role) {
		TeamMember member = F.createTeamMember();
		member.setId(Ids.next(engagement, "T-")); //$NON-NLS-1$
		member.setName(name);
		member.setRole(role);
		return AddCommand.create(domain, engagement, Literals.ENGAGEMENT__TEAM, member);
	}

	public Command addClause(Contract contract, String number, String heading) {
		var clause = F.createClause();
		clause.setId(Ids.next(engagement, "CL-")); //$NON-NLS-1$
		clause.setNumber(number);
		clause.setHeading(heading);
		return AddCommand.create(domain, contract, Literals.CONTRACT__CLAUSES, clause);
	}

	public Command addFinding(String title) {
		Finding finding = F.createFinding();
		finding.setId(Ids.next(engagement, "F-")); //$NON-NLS-1$
		finding.setTitle(title);
		finding.setStatus(FindingStatus.OPEN);
		return AddCommand.create(domain, engagement, Literals.ENGAGEMENT__FINDINGS, finding);
	}

	/** Links evidence to a check; a new evidence object is added to the engagement in the same command. */
	public Command linkEvidence(ContractCheck check, Evidence evidence) {
		CompoundCommand command = new CompoundCommand(Messages.Command_linkEvidence);
		if (evidence.eContainer() == null) {
			evidence.setId(Ids.next(engagement, "E-")); //$NON-NLS-1$
			command.append(AddCommand.create(domain, engagement, Literals.ENGAGEMENT__EVIDENCE, evidence));
		}
		command.append(AddCommand.create(domain, check, Literals.CONTRACT_CHECK__EVIDENCE, evidence));
		return command;
	}

	public Command unlinkEvidence(ContractCheck check, Collection<Evidence> evidence) {
		return org.eclipse.emf.edit.command.RemoveCommand.create(domain, check, Literals.CONTRACT_CHECK__EVIDENCE, evidence);
	}

	public Command annotate(ContractCheck check, TeamMember author, String tickmark, String text, Instant time) {
		Annotation annotation = F.createAnnotation();
		annotation.setAuthor(author);
		annotation.setTickmark(tickmark);
		annotation.setText(text);
		annotation.setTime(time);
		return AddCommand.create(domain, check, Literals.CONTRACT_CHECK__ANNOTATIONS, annotation);
	}

	public Command signOff(String checkPointId, AuditRole role, TeamMember signer, Instant time) {
		SignOff signOff = F.createSignOff();
		signOff.setId(Ids.next(engagement, "S-")); //$NON-NLS-1$
		signOff.setCheckPointId(checkPointId);
		signOff.setRole(role);
		signOff.setSigner(signer);
		signOff.setTime(time);
		// what the signature vouches for, so that a reader and the validation can tell
		signOff.getCovers().addAll(SignOffScope.record(SignOffScope.checksOf(engagement, checkPointId)));
		return AddCommand.create(domain, engagement, Literals.ENGAGEMENT__SIGN_OFFS, signOff);
	}

	/**
	 * Deletes objects and every reference to them. A contract takes its checks along: a check
	 * without its contract would be an invalid file.
	 */
	public Command delete(Collection<? extends EObject> objects) {
		List<EObject> all = new ArrayList<>(objects);
		for (EObject object : objects) {
			if (object instanceof Contract contract) {
				engagement.getContractChecks().stream().filter(c -> c.getContract() == contract).forEach(all::add);
			}
		}
		return DeleteCommand.create(domain, all);
	}

	private static ContractCheck newCheck(Contract contract, String checkPointId) {
		ContractCheck check = F.createContractCheck();
		check.setId(contract.getId() + "/" + checkPointId); //$NON-NLS-1$
		check.setContract(contract);
		check.setCheckPointId(checkPointId);
		check.setResponsibility(Responsibility.UNASSIGNED);
		return check;
	}

	/** Ids unique in the file, in the style of the sample (C-1, P-2, …). */
	static final class Ids {

		private Ids() {
		}

		static String next(Engagement engagement, String prefix) {
			int max = 0;
			for (var it = engagement.eAllContents(); it.hasNext();) {
				if (it.next() instanceof EngagementElement element && element.getId() != null
						&& element.getId().startsWith(prefix)) {
					max = Math.max(max, number(element.getId().substring(prefix.length())));
				}
			}
			return prefix + (max + 1);
		}

		private static int number(String suffix) {
			int end = 0;
			while (end < suffix.length() && Character.isDigit(suffix.charAt(end))) {
				end++;
			}
			return end == 0 ? 0 : Integer.parseInt(suffix.substring(0, Math.min(end, 9)));
		}
	}
}
