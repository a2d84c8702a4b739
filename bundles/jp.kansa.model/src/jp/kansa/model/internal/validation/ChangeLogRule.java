/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.text.MessageFormat;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.Engagement;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.changelog.LogVerdict.UnloggedChange;
import jp.kansa.model.changelog.StateFingerprint;
import jp.kansa.model.validation.ValidationRule;

/**
 * KANSA-LOG-BROKEN: the 変更履歴 was edited, lost an entry, or the content was changed outside the
 * tool. Judges the file as it was opened (or last saved), never the edits not saved yet.
 */
final class ChangeLogRule implements Rule {

	/** More than this many elements changed by hand are summed up in one line. */
	private static final int MAX_ELEMENTS = 50;

	@Override
	public void check(RuleContext context) {
		Engagement engagement = context.engagement();
		LogVerdict verdict = ChangeLogVerifier.verdictOf(engagement);
		if (!verdict.broken()) {
			return;
		}
		if (verdict.chainBroken()) {
			String detail = MessageFormat.format(context.text("log." + verdict.problem().name()), //$NON-NLS-1$
					String.valueOf(verdict.sequence()));
			context.report(ValidationRule.LOG_BROKEN, new Object[] { detail }, engagement);
			return;
		}
		Map<String, EObject> elements = StateFingerprint.elements(engagement);
		int reported = 0;
		for (UnloggedChange change : verdict.unlogged()) {
			if (reported == MAX_ELEMENTS) {
				String more = MessageFormat.format(context.text("log.UNLOGGED_MORE"), //$NON-NLS-1$
						Integer.valueOf(verdict.unlogged().size() - MAX_ELEMENTS), String.valueOf(verdict.sequence()));
				context.report(ValidationRule.LOG_BROKEN, new Object[] { more }, engagement);
				break;
			}
			String detail = MessageFormat.format(context.text("log.UNLOGGED_CHANGE"), //$NON-NLS-1$
					String.valueOf(verdict.sequence()), describe(context, change));
			EObject element = elements.get(change.elementId());
			context.report(ValidationRule.LOG_BROKEN, new Object[] { detail }, element != null ? element : engagement);
			reported++;
		}
	}

	private static String describe(RuleContext context, UnloggedChange change) {
		return switch (change.kind()) {
		case ADDED -> MessageFormat.format(context.text("log.element.ADDED"), change.elementId()); //$NON-NLS-1$
		case REMOVED -> MessageFormat.format(context.text("log.element.REMOVED"), change.elementId()); //$NON-NLS-1$
		case CHANGED -> change.fields().isEmpty()
				? MessageFormat.format(context.text("log.element.CHANGED"), change.elementId()) //$NON-NLS-1$
				: MessageFormat.format(context.text("log.element.FIELDS"), change.elementId(), //$NON-NLS-1$
						change.fields().stream()
								.map(f -> MessageFormat.format(context.text("log.field"), f.feature(), //$NON-NLS-1$
										shown(context, f.logged()), shown(context, f.actual())))
								.collect(Collectors.joining(context.text("log.separator")))); //$NON-NLS-1$
		};
	}

	private static String shown(RuleContext context, String value) {
		return value == null ? context.text("log.empty") : value; //$NON-NLS-1$
	}
}
