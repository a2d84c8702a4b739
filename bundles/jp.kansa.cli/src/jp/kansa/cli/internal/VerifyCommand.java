/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/**
 * {@code verify FILE.kansa}: checks the 変更履歴 — every entry's hash and link, and the content
 * against the fingerprint of the last save. Exit 0 when the log is intact (or the file has none
 * yet), 1 when it is broken (each KANSA-LOG-BROKEN message printed), 2 when the file cannot be read.
 */
public final class VerifyCommand implements Command {

	@Override
	public String name() {
		return "verify"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return VerifyMessages.summary;
	}

	@Override
	public String help() {
		return VerifyMessages.help + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa"); //$NON-NLS-1$
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		Path input = EngagementInput.path(line, name());
		Engagement engagement = EngagementInput.load(input);
		LogVerdict verdict = ChangeLogVerifier.verdictOf(engagement);
		List<ChangeLogEntry> entries = ChangeLogs.entries(engagement);
		if (!verdict.broken()) {
			if (entries.isEmpty()) {
				out.println(NLS.bind(VerifyMessages.noLog, input));
			} else {
				ChangeLogEntry last = entries.get(entries.size() - 1);
				out.println(NLS.bind(VerifyMessages.intact, new Object[] { input, String.valueOf(entries.size()),
						last.getWho(), last.getWhen() }));
			}
			return ExitCode.OK;
		}
		// the rule's own messages: the CLI, the 検証結果 view and the workpaper say the same thing
		Map<Object, Object> context = Map.of(EngagementValidator.LOCALE, Locale.getDefault());
		out.println(NLS.bind(VerifyMessages.broken, input));
		for (Diagnostic diagnostic : EngagementValidation
				.ruleDiagnostics(EngagementValidation.validate(engagement, context))) {
			if (ValidationRule.of(diagnostic) == ValidationRule.LOG_BROKEN) {
				out.println(ValidationRule.LOG_BROKEN.id() + ": " + diagnostic.getMessage()); //$NON-NLS-1$
			}
		}
		return ExitCode.FINDINGS;
	}
}
