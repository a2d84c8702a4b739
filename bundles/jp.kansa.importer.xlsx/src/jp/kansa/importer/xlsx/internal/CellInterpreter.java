/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.WorkpaperTemplate;
import jp.kansa.importer.xlsx.WorkpaperTemplate.ContractField;
import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.InitialCheck;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.Responsibility;

/**
 * Reads the value of a per-contract cell for its field, or reports why it cannot. Values: a
 * {@link ResponsibilityValue}, an {@link InitialCheck}, a {@link LocalDate}, an
 * {@link AssessmentStatus}, the list of 担当先 parties or the text of 結論 or コメント.
 */
final class CellInterpreter {

	/**
	 * 担当: the responsibility and, when the cell names them, the responsible parties.
	 *
	 * @param parties {@code null} when the cell gives the responsibility alone: the parties stay
	 */
	record ResponsibilityValue(Responsibility responsibility, List<Party> parties) {
	}

	/** The days Excel's calendar has; a date outside is a typing error, never a completion date. */
	private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
	private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

	private final String sheet;
	private final EngagementLookup engagement;
	private final int maxChars;
	private final List<ImportProblem> problems;

	CellInterpreter(String sheet, EngagementLookup engagement, int maxChars, List<ImportProblem> problems) {
		this.sheet = sheet;
		this.engagement = engagement;
		this.maxChars = maxChars;
		this.problems = problems;
	}

	/** @return the value, or {@code null} after reporting a problem */
	Object read(CellValue cell, ContractField field) {
		switch (cell.kind()) {
		case FORMULA:
			return problem(cell, Messages.expectedNoFormula, Texts.shortened(cell.text()));
		case TOO_LONG:
			return problem(cell, NLS.bind(Messages.expectedShortText, String.format("%,d", maxChars)),
					NLS.bind(Messages.foundCharacters, String.format("%,d", cell.length())));
		case ERROR:
			return problem(cell, Messages.expectedValue, NLS.bind(Messages.foundError, cell.text()));
		case TWO_TEXTS:
			return problem(cell, Messages.expectedOneText, Texts.shortened(cell.text()));
		case BAD_DATE:
			return problem(cell, Messages.expectedDateRange, NLS.bind(Messages.foundNumber, Texts.shortened(cell.text())));
		default:
			break;
		}
		return switch (field) {
		case RESPONSIBILITY -> responsibility(cell);
		case PARTIES -> partyList(cell);
		case INITIAL_CHECK -> initialCheck(cell);
		case COMPLETION_DATE -> date(cell);
		case ASSESSMENT -> assessment(cell);
		case CONCLUSION, COMMENT -> comment(cell);
		default -> null;
		};
	}

	private Object responsibility(CellValue cell) {
		if (cell.kind() != CellValue.Kind.TEXT) {
			return problem(cell, responsibilityExpected(), found(cell));
		}
		String text = cell.text().strip();
		int colon = firstColon(text);
		if (colon > 0) {
			Responsibility responsibility = WorkpaperTemplate.responsibilityOf(text.substring(0, colon).strip());
			if (responsibility == null) {
				return problem(cell, responsibilityExpected(), found(cell));
			}
			List<Party> parties = parties(cell, text.substring(colon + 1));
			return parties == null ? null : new ResponsibilityValue(responsibility, parties);
		}
		Responsibility responsibility = WorkpaperTemplate.responsibilityOf(text);
		if (responsibility != null) {
			return new ResponsibilityValue(responsibility, null);
		}
		// A vendor often writes only who: the responsibility follows from the parties' kinds.
		List<Party> parties = parties(cell, text);
		return parties == null ? null : new ResponsibilityValue(inferred(parties), parties);
	}

	/** 担当先: party names, one per line or separated by 、 as the exporter writes them. */
	private Object partyList(CellValue cell) {
		if (cell.kind() != CellValue.Kind.TEXT) {
			return problem(cell, NLS.bind(Messages.expectedKnownParty, engagement.partyNames()), found(cell));
		}
		return parties(cell, cell.text());
	}

	private List<Party> parties(CellValue cell, String names) {
		List<Party> parties = new ArrayList<>();
		for (String name : names.split("[、,，\n]")) {
			if (name.isBlank()) {
				continue;
			}
			Party party = engagement.party(name);
			if (party == null) {
				problem(cell, NLS.bind(Messages.expectedKnownParty, engagement.partyNames()), Texts.shortened(name.strip()));
				return null;
			}
			if (!parties.contains(party)) {
				parties.add(party);
			}
		}
		return parties;
	}

	private static Responsibility inferred(List<Party> parties) {
		boolean institution = parties.stream().anyMatch(p -> p.getKind() == PartyKind.INSTITUTION);
		boolean other = parties.stream().anyMatch(p -> p.getKind() != PartyKind.INSTITUTION);
		return institution && other ? Responsibility.JOINT : institution ? Responsibility.INSTITUTION : Responsibility.VENDOR;
	}

	private Object initialCheck(CellValue cell) {
		if (cell.kind() == CellValue.Kind.BOOLEAN) {
			return "TRUE".equals(cell.text()) ? InitialCheck.YES : InitialCheck.NO;
		}
		InitialCheck value = cell.kind() == CellValue.Kind.TEXT ? WorkpaperTemplate.initialCheckOf(cell.text().strip()) : null;
		if (value == null) {
			return problem(cell, NLS.bind(Messages.expectedInitialCheck, labels(InitialCheck.VALUES, v -> WorkpaperTemplate.label(v, Locale.JAPANESE))), found(cell));
		}
		return value;
	}

	private Object date(CellValue cell) {
		LocalDate date = cell.kind() == CellValue.Kind.DATE ? cell.date()
				: cell.kind() == CellValue.Kind.TEXT ? DateTexts.parse(cell.text()) : null;
		if (date == null) {
			return problem(cell, Messages.expectedDate, found(cell));
		}
		if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
			return problem(cell, Messages.expectedDateRange, found(cell));
		}
		return date;
	}

	private Object assessment(CellValue cell) {
		AssessmentStatus value = cell.kind() == CellValue.Kind.TEXT ? WorkpaperTemplate.assessmentOf(cell.text().strip()) : null;
		if (value == null) {
			return problem(cell, NLS.bind(Messages.expectedAssessment, labels(AssessmentStatus.VALUES, v -> WorkpaperTemplate.label(v, Locale.JAPANESE))), found(cell));
		}
		return value;
	}

	private Object comment(CellValue cell) {
		if (cell.kind() != CellValue.Kind.TEXT) {
			return problem(cell, Messages.expectedText, found(cell));
		}
		return cell.text().replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private String responsibilityExpected() {
		return NLS.bind(Messages.expectedResponsibility,
				labels(Responsibility.VALUES, v -> WorkpaperTemplate.label(v, Locale.JAPANESE)),
				WorkpaperTemplate.PARTY_SEPARATOR);
	}

	private static <T> String labels(List<T> values, java.util.function.Function<T, String> label) {
		return values.stream().map(label).collect(Collectors.joining(" / "));
	}

	private static int firstColon(String text) {
		return Arrays.stream(new int[] { text.indexOf(':'), text.indexOf('：') }).filter(i -> i >= 0).min().orElse(-1);
	}

	private static String found(CellValue cell) {
		return switch (cell.kind()) {
		case NUMBER -> NLS.bind(Messages.foundNumber, cell.text());
		case BOOLEAN -> NLS.bind(Messages.foundBoolean, cell.text());
		default -> Texts.shortened(cell.text());
		};
	}

	private Object problem(CellValue cell, String expected, String found) {
		problems.add(new ImportProblem(sheet, cell.reference(), expected, found));
		return null;
	}
}
