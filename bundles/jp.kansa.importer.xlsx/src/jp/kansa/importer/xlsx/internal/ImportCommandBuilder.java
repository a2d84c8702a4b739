/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ProposedChange;
import jp.kansa.model.Annotation;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.ContractCheckIndex;

/**
 * Turns proposed changes into one compound command, so the import is one step on the editor's
 * undo stack. Commands are constructed directly rather than through the domain's item providers:
 * the import runs headless too, where no adapter factory is registered.
 */
public final class ImportCommandBuilder {

	private static final KansaPackage K = KansaPackage.eINSTANCE;

	private record Cell(Contract contract, String checkPointId) {
	}

	private final EditingDomain domain;
	private final Engagement engagement;
	private final Instant readAt;

	public ImportCommandBuilder(EditingDomain domain, Engagement engagement, Instant readAt) {
		this.domain = domain;
		this.engagement = engagement;
		this.readAt = readAt;
	}

	public Command build(String workbookName, List<ProposedChange> changes) {
		CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.commandLabel, workbookName));
		ContractCheckIndex index = ContractCheckIndex.of(engagement);
		Map<Cell, ContractCheck> created = new LinkedHashMap<>();
		for (ProposedChange change : changes) {
			if (change.check() == null) {
				if (index.find(change.contract(), change.checkPointId()).isPresent()) {
					throw stale(change);
				}
				ContractCheck check = created.computeIfAbsent(new Cell(change.contract(), change.checkPointId()),
						cell -> newCheck(cell.contract(), cell.checkPointId()));
				applyTo(check, change);
			} else {
				compound.append(command(change));
			}
		}
		created.values().forEach(check -> compound.append(new AddCommand(domain, engagement, K.getEngagement_ContractChecks(), check)));
		return compound;
	}

	private Command command(ProposedChange change) {
		ContractCheck check = change.check();
		if (check.eContainer() != engagement) {
			throw stale(change);
		}
		if (change.feature() == K.getContractCheck_Annotations()) {
			return new AddCommand(domain, check, change.feature(), annotation((String) change.newValue()));
		}
		if (change.feature() == K.getContractCheck_ResponsibleParties()) {
			return parties(change, check);
		}
		if (!Objects.equals(check.eGet(change.feature()), change.oldValue())) {
			throw stale(change);
		}
		return new SetCommand(domain, check, change.feature(), change.newValue());
	}

	/**
	 * Removes the parties no longer named and adds the new ones. Not one SetCommand of the whole
	 * list: a compound prepares every step before executing any, and an AddCommand of a party
	 * still in the (unique) list would refuse to prepare.
	 */
	private Command parties(ProposedChange change, ContractCheck check) {
		List<Party> now = List.copyOf(check.getResponsibleParties());
		if (!new HashSet<>(now).equals(new HashSet<>((List<?>) change.oldValue()))) {
			throw stale(change);
		}
		@SuppressWarnings("unchecked")
		List<Party> wanted = (List<Party>) change.newValue();
		Set<Party> keep = new HashSet<>(wanted);
		List<Party> removed = now.stream().filter(p -> !keep.contains(p)).toList();
		List<Party> added = new ArrayList<>(wanted);
		added.removeAll(now);
		CompoundCommand command = new CompoundCommand();
		if (!removed.isEmpty()) {
			command.append(new RemoveCommand(domain, check, change.feature(), removed));
		}
		if (!added.isEmpty()) {
			command.append(new AddCommand(domain, check, change.feature(), added));
		}
		return command;
	}

	/** A check the engagement did not have: built whole, then added by one AddCommand. */
	private ContractCheck newCheck(Contract contract, String checkPointId) {
		ContractCheck check = KansaFactory.eINSTANCE.createContractCheck();
		check.setId(contract.getId() + "/" + checkPointId);
		check.setContract(contract);
		check.setCheckPointId(checkPointId);
		check.setLastModified(readAt);
		return check;
	}

	@SuppressWarnings("unchecked")
	private void applyTo(ContractCheck check, ProposedChange change) {
		if (change.feature() == K.getContractCheck_Annotations()) {
			check.getAnnotations().add(annotation((String) change.newValue()));
		} else if (change.feature() == K.getContractCheck_ResponsibleParties()) {
			check.getResponsibleParties().clear();
			check.getResponsibleParties().addAll((List<Party>) change.newValue());
		} else {
			check.eSet(change.feature(), change.newValue());
		}
	}

	private Annotation annotation(String text) {
		Annotation annotation = KansaFactory.eINSTANCE.createAnnotation();
		annotation.setText(text);
		annotation.setTime(readAt);
		return annotation;
	}

	private static IllegalStateException stale(ProposedChange change) {
		return new IllegalStateException("the engagement changed since the preview (" + change.location() + " "
				+ change.checkPointId() + "): preview again");
	}
}
