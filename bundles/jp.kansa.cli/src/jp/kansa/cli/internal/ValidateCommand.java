/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Engagement;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;
import jp.kansa.model.json.Json;

/**
 * {@code validate FILE.kansa [--format text|json] [--mapping M1,M2]}: the engagement rules against
 * the embedded catalog (edition mappings explain ids a later edition removed or replaced). Exit 0 when nothing is reported, 1 when there are findings (warnings or errors; infos
 * are listed but do not count), 2 when the file cannot be read.
 */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return Messages.validateSummary;
	}

	@Override
	public String help() {
		return Messages.validateHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("format", "mapping"); //$NON-NLS-1$
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		Path input = EngagementInput.path(line, name());
		String format = line.option("format", "text");
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException(NLS.bind(Messages.usageBadValidateFormat, format));
		}
		Engagement engagement = EngagementInput.load(input);
		Map<Object, Object> context = new HashMap<>();
		context.put(EngagementValidator.CATALOG, EmbeddedCatalog.load());
		context.put(EngagementValidator.ENGAGEMENT_FOLDER, EngagementInput.folder(input));
		context.put(EngagementValidator.LOCALE, Locale.getDefault());
		// edition mappings explain check point ids the catalog no longer has
		context.put(EngagementValidator.EDITIONS, MigrateCommand.history(line.options().get("mapping"))); //$NON-NLS-1$
		Diagnostic result = EngagementValidation.validate(engagement, context);
		Phases.mark("validate"); //$NON-NLS-1$
		List<Diagnostic> found = EngagementValidation.ruleDiagnostics(result);
		// EMF's own constraints (multiplicities, dangling references) count too
		collectOthers(result, found);
		int problems = 0;
		for (Diagnostic diagnostic : found) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				problems++;
			}
		}
		String report = format.equals("json") ? json(input, found, problems) : text(input, found, problems);
		byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
		out.write(bytes, 0, bytes.length);
		return problems == 0 ? ExitCode.OK : ExitCode.FINDINGS;
	}

	private static void collectOthers(Diagnostic diagnostic, List<Diagnostic> found) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (ValidationRule.of(child) == null && child.getChildren().isEmpty()
					&& child.getSeverity() > Diagnostic.OK) {
				found.add(child);
			}
			collectOthers(child, found);
		}
	}

	static String ruleId(Diagnostic diagnostic) {
		ValidationRule rule = ValidationRule.of(diagnostic);
		return rule != null ? rule.id() : "EMF-" + diagnostic.getCode();
	}

	static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "error";
		case Diagnostic.WARNING -> "warning";
		default -> "info";
		};
	}

	/** The id of the object the finding is about, so a script can find it in the file. */
	static String objectId(Diagnostic diagnostic) {
		if (diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject object)) {
			return null;
		}
		var idAttribute = object.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : object.eGet(idAttribute);
		return id == null ? object.eClass().getName() : id.toString();
	}

	private static String text(Path input, List<Diagnostic> found, int problems) {
		StringBuilder out = new StringBuilder();
		for (Diagnostic diagnostic : found) {
			String object = objectId(diagnostic);
			out.append(String.format("%s %s%s: %s%n", severity(diagnostic), ruleId(diagnostic),
					object == null ? "" : " [" + object + "]", diagnostic.getMessage()));
		}
		out.append(NLS.bind(Messages.validateTotal, new Object[] { input, Integer.valueOf(problems),
				Integer.valueOf(found.size() - problems) })).append(System.lineSeparator());
		return out.toString();
	}

	private static String json(Path input, List<Diagnostic> found, int problems) {
		List<Object> items = new ArrayList<>();
		for (Diagnostic diagnostic : found) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("rule", ruleId(diagnostic));
			item.put("severity", severity(diagnostic));
			item.put("object", objectId(diagnostic));
			item.put("message", diagnostic.getMessage());
			items.add(item);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("file", input.toString());
		report.put("problems", Integer.valueOf(problems));
		report.put("findings", items);
		return Json.write(report);
	}
}
