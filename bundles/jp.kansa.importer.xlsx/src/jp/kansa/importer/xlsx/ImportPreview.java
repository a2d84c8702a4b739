/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import jp.kansa.importer.xlsx.internal.ImportCommandBuilder;
import jp.kansa.model.Engagement;

/**
 * What an import would do: every change and every problem, read from the workbook and compared
 * with the engagement. Building a preview changes nothing; {@link #createCommand} turns it into
 * one undoable command.
 */
public final class ImportPreview {

	private final Path workbook;
	private final Engagement engagement;
	private final List<ProposedChange> changes;
	private final List<ImportProblem> problems;
	private final Instant readAt;

	public ImportPreview(Path workbook, Engagement engagement, List<ProposedChange> changes,
			List<ImportProblem> problems, Instant readAt) {
		this.workbook = workbook;
		this.engagement = engagement;
		this.changes = List.copyOf(changes);
		this.problems = List.copyOf(problems);
		this.readAt = readAt;
	}

	public Path getWorkbook() {
		return workbook;
	}

	public Engagement getEngagement() {
		return engagement;
	}

	/** In sheet and row order. */
	public List<ProposedChange> getChanges() {
		return changes;
	}

	/** In sheet and row order. */
	public List<ImportProblem> getProblems() {
		return problems;
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** Whether {@link #createCommand} may be called with this policy. */
	public boolean canApply(ApplyPolicy policy) {
		return !changes.isEmpty() && (policy == ApplyPolicy.VALID_CHANGES_ONLY || problems.isEmpty());
	}

	/**
	 * One compound command of every change, labelled with the workbook's name, for the editor's
	 * command stack (or a {@code BasicCommandStack} headless). Comments become annotations
	 * stamped with the time the workbook was read.
	 *
	 * @throws IllegalStateException if {@link #canApply} is false, or if the engagement changed
	 *                               since the preview was made (the old values no longer hold):
	 *                               preview again
	 */
	public Command createCommand(EditingDomain domain, ApplyPolicy policy) {
		if (!canApply(policy)) {
			throw new IllegalStateException(changes.isEmpty() ? "nothing to apply"
					: problems.size() + " problems in " + workbook.getFileName() + ": nothing applied");
		}
		return new ImportCommandBuilder(domain, engagement, readAt).build(workbook.getFileName().toString(), changes);
	}

	/** Creates the command and executes it on the domain's command stack. */
	public Command apply(EditingDomain domain, ApplyPolicy policy) {
		Command command = createCommand(domain, policy);
		domain.getCommandStack().execute(command);
		return command;
	}

	/**
	 * Applies the changes without an editor (command line, batch): the same command, executed on
	 * a command stack of its own, so it can still be undone through the returned domain.
	 */
	public EditingDomain applyHeadless(ApplyPolicy policy) {
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		apply(domain, policy);
		return domain;
	}
}
