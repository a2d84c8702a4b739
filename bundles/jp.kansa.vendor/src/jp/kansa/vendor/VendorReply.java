/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.VendorRequest;
import jp.kansa.vendor.internal.ReplyCommandBuilder;

/**
 * A vendor's reply as read, matched to its request: every changed cell and every problem.
 * Reading changes nothing; {@link #createCommand} applies it as one undoable command that adds
 * 事業者回答 beside the auditor's own entries (the check's 評価, 結論 and the institution's 担当
 * are never touched) and marks the request 取込済.
 */
public final class VendorReply {

	private final Path workbook;
	private final Engagement engagement;
	private final VendorRequest request;
	private final List<AnswerChange> changes;
	private final List<ImportProblem> problems;
	private final int rowsRead;
	private final Instant readAt;

	public VendorReply(Path workbook, Engagement engagement, VendorRequest request, List<AnswerChange> changes,
			List<ImportProblem> problems, int rowsRead, Instant readAt) {
		this.workbook = workbook;
		this.engagement = engagement;
		this.request = request;
		this.changes = List.copyOf(changes);
		this.problems = List.copyOf(problems);
		this.rowsRead = rowsRead;
		this.readAt = readAt;
	}

	public Path getWorkbook() {
		return workbook;
	}

	public Engagement getEngagement() {
		return engagement;
	}

	/** The request the reply answers. */
	public VendorRequest getRequest() {
		return request;
	}

	/** The vendor that answered. */
	public Party getVendor() {
		return request.getParty();
	}

	/** In row order, then column order. */
	public List<AnswerChange> getChanges() {
		return changes;
	}

	public List<ImportProblem> getProblems() {
		return problems;
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** Rows of the reply matched to a contract check of the request. */
	public int getRowsRead() {
		return rowsRead;
	}

	public Instant getReadAt() {
		return readAt;
	}

	/** A reply is applied whole or not at all: only when nothing in it is a problem. */
	public boolean canApply() {
		return problems.isEmpty();
	}

	/**
	 * One compound command, labelled with the workbook's name: the changed answers (each a new
	 * 事業者回答 of the request, attributed to the vendor and stamped with the time read), and
	 * the request marked received and imported.
	 *
	 * @throws IllegalStateException when there are problems
	 */
	public Command createCommand(EditingDomain domain) {
		if (!canApply()) {
			throw new IllegalStateException(problems.size() + " problems in " + workbook.getFileName() + ": nothing applied");
		}
		return new ReplyCommandBuilder(domain, request, readAt).build(workbook.getFileName().toString(), changes);
	}

	/**
	 * Records only that the vendor answered (回答済), importing nothing: for a reply with problems
	 * that goes back to the vendor for correction. Refused replies never get here.
	 */
	public Command createReceivedCommand(EditingDomain domain) {
		return org.eclipse.emf.edit.command.SetCommand.create(domain, request,
				jp.kansa.model.KansaPackage.Literals.VENDOR_REQUEST__RECEIVED_AT,
				request.getReceivedAt() != null ? request.getReceivedAt() : readAt);
	}

	/** Applies the reply without an editor (command line): on a command stack of its own. */
	public EditingDomain applyHeadless() {
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		domain.getCommandStack().execute(createCommand(domain));
		return domain;
	}
}
