/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.KansaPackage;
import jp.kansa.model.Responsibility;
import jp.kansa.model.VendorAnswer;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.vendor.AnswerChange;

/**
 * Turns a reply's changes into one command. A check's new answer starts from the vendor's answer
 * in force (an empty cell keeps what the vendor said before) and replaces this request's earlier
 * answer for the check, so each request holds one answer per check.
 */
public final class ReplyCommandBuilder {

	private static final KansaPackage K = KansaPackage.eINSTANCE;

	private final EditingDomain domain;
	private final VendorRequest request;
	private final Instant readAt;

	public ReplyCommandBuilder(EditingDomain domain, VendorRequest request, Instant readAt) {
		this.domain = domain;
		this.request = request;
		this.readAt = readAt;
	}

	public Command build(String label, List<AnswerChange> changes) {
		CompoundCommand command = new CompoundCommand(label);
		Map<ContractCheck, VendorAnswer> answers = new LinkedHashMap<>();
		for (AnswerChange change : changes) {
			VendorAnswer answer = answers.computeIfAbsent(change.check(), this::startFrom);
			set(answer, change);
		}
		for (Map.Entry<ContractCheck, VendorAnswer> entry : answers.entrySet()) {
			request.getAnswers().stream().filter(a -> a.getCheck() == entry.getKey()).findFirst()
					.ifPresent(old -> command.append(RemoveCommand.create(domain, request, K.getVendorRequest_Answers(), old)));
			command.append(AddCommand.create(domain, request, K.getVendorRequest_Answers(), entry.getValue()));
		}
		if (request.getReceivedAt() == null) {
			command.append(SetCommand.create(domain, request, K.getVendorRequest_ReceivedAt(), readAt));
		}
		command.append(SetCommand.create(domain, request, K.getVendorRequest_ImportedAt(), readAt));
		return command;
	}

	private VendorAnswer startFrom(ContractCheck check) {
		VendorAnswer answer = VendorRound.answerOf(check, request.getParty()).map(EcoreUtil::copy)
				.orElseGet(KansaFactory.eINSTANCE::createVendorAnswer);
		answer.setCheck(check);
		answer.setParty(request.getParty());
		answer.setTime(readAt);
		return answer;
	}

	private static void set(VendorAnswer answer, AnswerChange change) {
		Object value = change.value();
		switch (change.column()) {
			case RESPONSIBILITY -> answer.setResponsibility((Responsibility) value);
			case INITIAL_CHECK -> answer.setInitialCheck((InitialCheck) value);
			case COMPLETION_DATE -> answer.setCompletionDate((LocalDate) value);
			case COMMENT -> answer.setComment((String) value);
			case EVIDENCE_TITLE -> answer.setEvidenceTitle((String) value);
			case EVIDENCE_FILE -> answer.setEvidenceFile((String) value);
			case EVIDENCE_DATE -> answer.setEvidenceDate((LocalDate) value);
			default -> throw new IllegalArgumentException(change.column() + " is not a vendor column");
		}
	}
}
