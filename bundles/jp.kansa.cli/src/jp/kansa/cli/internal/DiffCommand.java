/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Engagement;
import jp.kansa.model.compare.Difference;
import jp.kansa.model.compare.DifferenceFilter;
import jp.kansa.model.compare.EngagementComparison;
import jp.kansa.model.json.Json;

/**
 * {@code diff OLD.kansa NEW.kansa [--format text|json] [--lang ja|en] [filters]}: what changed from
 * the first engagement to the second, one line per difference, on the compare core that 比較
 * and the team merge use. Exit 0 when nothing differs, 1 when something does, 2 when a file
 * cannot be read (as validate).
 */
public final class DiffCommand implements Command {

	private static final String KIND = "kind"; //$NON-NLS-1$
	private static final String CONTRACT = "contract"; //$NON-NLS-1$
	private static final String CHECK_POINT = "check-point"; //$NON-NLS-1$
	private static final String PARTY = "party"; //$NON-NLS-1$
	private static final String FIELD = "field"; //$NON-NLS-1$

	@Override
	public String name() {
		return "diff"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return DiffMessages.diffSummary;
	}

	@Override
	public String help() {
		return DiffMessages.diffHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("format", "lang", KIND, CONTRACT, CHECK_POINT, PARTY, FIELD); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Set<String> flags() {
		return Set.of("all"); //$NON-NLS-1$
	}

	@Override
	public List<String> arguments() {
		return List.of("old.kansa", "new.kansa"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().size() < arguments().size()) {
			throw new UsageException(NLS.bind(DiffMessages.usageMissingArgument,
					"<" + arguments().get(line.arguments().size()) + ">", name())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String format = line.option("format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(DiffMessages.usageBadDiffFormat, format));
		}
		// labels in Japanese unless asked for English, by --lang or by -nl en
		String lang = line.option("lang", "en".equals(Locale.getDefault().getLanguage()) ? "en" : "ja"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!lang.equals("ja") && !lang.equals("en")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.usageBadLang, lang));
		}
		Path olderFile = Path.of(line.arguments().get(0));
		Path newerFile = Path.of(line.arguments().get(1));
		Engagement older = EngagementInput.load(olderFile);
		Engagement newer = EngagementInput.load(newerFile);

		EngagementComparison comparison = EngagementComparison.compare(older, newer, Locale.forLanguageTag(lang));
		List<Difference> shown = comparison.differences(filter(line));
		String report = format.equals("json") ? json(olderFile, newerFile, shown) //$NON-NLS-1$
				: text(comparison, olderFile, newerFile, shown);
		byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
		out.write(bytes, 0, bytes.length);
		return shown.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
	}

	private static DifferenceFilter filter(CommandLine line) {
		DifferenceFilter filter = line.flag("all") ? DifferenceFilter.ALL : DifferenceFilter.PEOPLE; //$NON-NLS-1$
		return filter.withElementKinds(list(line, KIND)).withContracts(list(line, CONTRACT))
				.withCheckPoints(list(line, CHECK_POINT)).withParties(list(line, PARTY)).withFields(list(line, FIELD));
	}

	/** A comma-separated option value. */
	private static List<String> list(CommandLine line, String option) {
		String value = line.options().get(option);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static String text(EngagementComparison comparison, Path olderFile, Path newerFile, List<Difference> shown) {
		StringBuilder out = new StringBuilder();
		for (Difference d : shown) {
			out.append(comparison.line(d)).append(System.lineSeparator());
		}
		out.append(shown.isEmpty() ? NLS.bind(DiffMessages.diffNone, olderFile, newerFile)
				: NLS.bind(DiffMessages.diffTotal, new Object[] { olderFile, newerFile, Integer.valueOf(shown.size()) }))
				.append(System.lineSeparator());
		return out.toString();
	}

	private static String json(Path olderFile, Path newerFile, List<Difference> shown) {
		List<Object> items = new ArrayList<>();
		for (Difference d : shown) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("kind", d.kind().name()); //$NON-NLS-1$
			item.put("element", d.element().kind()); //$NON-NLS-1$
			item.put("elementLabel", d.element().kindLabel()); //$NON-NLS-1$
			item.put("id", d.element().id()); //$NON-NLS-1$
			item.put("key", d.element().key()); //$NON-NLS-1$
			item.put("path", d.element().path()); //$NON-NLS-1$
			item.put("contract", d.element().contractId()); //$NON-NLS-1$
			item.put("checkPoints", List.copyOf(d.element().checkPointIds())); //$NON-NLS-1$
			item.put("parties", List.copyOf(d.partyIds())); //$NON-NLS-1$
			item.put("field", d.field()); //$NON-NLS-1$
			item.put("fieldLabel", d.fieldLabel()); //$NON-NLS-1$
			item.put("old", d.oldValue()); //$NON-NLS-1$
			item.put("new", d.newValue()); //$NON-NLS-1$
			item.put("oldText", d.oldText()); //$NON-NLS-1$
			item.put("newText", d.newText()); //$NON-NLS-1$
			items.add(item);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("old", olderFile.toString()); //$NON-NLS-1$
		report.put("new", newerFile.toString()); //$NON-NLS-1$
		report.put("count", Integer.valueOf(shown.size())); //$NON-NLS-1$
		report.put("differences", items); //$NON-NLS-1$
		return Json.write(report);
	}
}
