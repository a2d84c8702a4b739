/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.validation.ValidationRule;

/**
 * One validation run, indexed the ways the editor looks it up: every problem once, errors first,
 * then warnings, then infos, each in report order (the view), the problems of an object (the
 * first datum, what double-click selects) and the problems of a matrix cell (contract × check
 * point, for colours and tooltips).
 */
public final class ValidationResults {

	public static final ValidationResults EMPTY = new ValidationResults(List.of(), List.of(), 0);

	/** A matrix cell: contract × check point id. */
	public record Cell(Contract contract, String checkPointId) {
	}

	private final List<Diagnostic> problems;
	private final Map<EObject, List<Diagnostic>> byObject = new HashMap<>();
	private final Map<Cell, List<Diagnostic>> byCell = new HashMap<>();
	private final long millis;

	/**
	 * @param checkPointIds the catalog's ids: a gap on a check the file does not have is reported
	 *                      on the contract alone, and its message is the only place naming the
	 *                      check point
	 */
	public ValidationResults(List<Diagnostic> problems, Collection<String> checkPointIds, long millis) {
		this(problems, checkPointIds, millis, check -> new Cell(check.getContract(), check.getCheckPointId()));
	}

	/**
	 * @param cellOf where a check sits in the matrix; a run off the UI thread reads it from its
	 *               snapshot, never from the live model (null: the check is not in the run)
	 */
	ValidationResults(List<Diagnostic> problems, Collection<String> checkPointIds, long millis,
			java.util.function.Function<ContractCheck, Cell> cellOf) {
		this.problems = bySeverityWithoutDuplicates(problems);
		this.millis = millis;
		for (Diagnostic diagnostic : this.problems) {
			List<?> data = diagnostic.getData();
			if (!data.isEmpty() && data.get(0) instanceof EObject first) {
				byObject.computeIfAbsent(first, k -> new ArrayList<>()).add(diagnostic);
			}
			boolean onCheck = false;
			for (Object datum : data) {
				if (datum instanceof ContractCheck check) {
					Cell cell = cellOf.apply(check);
					if (cell != null) {
						byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(diagnostic);
					}
					onCheck = true;
					break; // related checks carry their own diagnostic (see OverlapRule)
				}
			}
			if (!onCheck && ValidationRule.of(diagnostic) == ValidationRule.A2_GAP && !data.isEmpty()
					&& data.get(0) instanceof Contract contract) {
				for (String id : checkPointIds) {
					if (diagnostic.getMessage().contains(id)) {
						byCell.computeIfAbsent(new Cell(contract, id), k -> new ArrayList<>()).add(diagnostic);
					}
				}
			}
		}
	}

	/** Errors first; within a severity the order of the report (rule by rule, as the README lists them). */
	public List<Diagnostic> problems() {
		return problems;
	}

	/** What makes two rows the same to the user: same severity, rule, message and element. */
	private record Row(int severity, String source, int code, String message, Object element) {
		static Row of(Diagnostic diagnostic) {
			List<?> data = diagnostic.getData();
			return new Row(diagnostic.getSeverity(), diagnostic.getSource(), diagnostic.getCode(), diagnostic.getMessage(),
					data.isEmpty() ? null : data.get(0));
		}
	}

	private static List<Diagnostic> bySeverityWithoutDuplicates(List<Diagnostic> problems) {
		java.util.Set<Row> seen = new java.util.HashSet<>();
		List<Diagnostic> distinct = new ArrayList<>();
		for (Diagnostic diagnostic : problems) {
			if (seen.add(Row.of(diagnostic))) {
				distinct.add(diagnostic);
			}
		}
		// stable: equal severities keep the report order
		distinct.sort(java.util.Comparator.comparingInt(ValidationResults::rank));
		return List.copyOf(distinct);
	}

	private static int rank(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> 0;
		case Diagnostic.WARNING -> 1;
		default -> 2;
		};
	}

	public List<Diagnostic> of(EObject object) {
		return byObject.getOrDefault(object, List.of());
	}

	public List<Diagnostic> of(Contract contract, String checkPointId) {
		return byCell.getOrDefault(new Cell(contract, checkPointId), List.of());
	}

	/** The cells whose problems differ between two runs. */
	public java.util.Set<Cell> changedCells(ValidationResults other) {
		java.util.Set<Cell> cells = new java.util.HashSet<>(byCell.keySet());
		cells.addAll(other.byCell.keySet());
		cells.removeIf(cell -> messages(byCell.get(cell)).equals(messages(other.byCell.get(cell))));
		return cells;
	}

	/** Check point ids of the cells whose problems differ between two runs. */
	public java.util.Set<String> changedCheckPoints(ValidationResults other) {
		java.util.Set<Cell> cells = new java.util.HashSet<>(byCell.keySet());
		cells.addAll(other.byCell.keySet());
		java.util.Set<String> changed = new java.util.HashSet<>();
		for (Cell cell : cells) {
			if (!messages(byCell.get(cell)).equals(messages(other.byCell.get(cell)))) {
				changed.add(cell.checkPointId());
			}
		}
		return changed;
	}

	private static List<String> messages(List<Diagnostic> diagnostics) {
		return diagnostics == null ? List.of() : diagnostics.stream().map(Diagnostic::getMessage).toList();
	}

	public boolean has(Contract contract, String checkPointId, ValidationRule rule) {
		return of(contract, checkPointId).stream().anyMatch(d -> ValidationRule.of(d) == rule);
	}

	public long count(int severity) {
		return problems.stream().filter(d -> d.getSeverity() == severity).count();
	}

	/** Whether the two runs list the same problems, in the same order: a view showing one needs no refresh for the other. */
	public boolean sameProblems(ValidationResults other) {
		if (other.problems.size() != problems.size()) {
			return false;
		}
		for (int i = 0; i < problems.size(); i++) {
			if (!Row.of(problems.get(i)).equals(Row.of(other.problems.get(i)))) {
				return false;
			}
		}
		return true;
	}

	/** How long the rules took (on a worker thread; evidence files are read before). */
	public long millis() {
		return millis;
	}

	/** The leaves of a validation result with something to say, in report order. */
	public static List<Diagnostic> leaves(Diagnostic result) {
		List<Diagnostic> leaves = new ArrayList<>();
		collect(result, leaves);
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, leaves));
	}
}
