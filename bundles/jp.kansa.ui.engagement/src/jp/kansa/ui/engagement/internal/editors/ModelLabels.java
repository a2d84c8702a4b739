/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Clause;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.Finding;
import jp.kansa.model.Party;
import jp.kansa.model.SignOff;
import jp.kansa.model.TeamMember;
import jp.kansa.model.provider.KansaEditPlugin;

/**
 * Short labels for tables and cells. The item providers' labels prefix the type ("契約 …"),
 * which is noise in a column that already says what it holds; enum literals use the item
 * providers' localised names so that the editor and the Properties view agree.
 */
public final class ModelLabels {

	private static final int SHORT_NAME = 12;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private ModelLabels() {
	}

	public static String literal(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		String key = "_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			return KansaEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return literal.getLiteral();
		}
	}

	public static String of(Object object) {
		if (object == null) {
			return ""; //$NON-NLS-1$
		}
		if (object instanceof Enumerator literal) {
			return literal(literal);
		}
		if (object instanceof Party party) {
			return nonEmpty(party.getName(), party.getId());
		}
		if (object instanceof Contract contract) {
			return nonEmpty(contract.getTitle(), contract.getId());
		}
		if (object instanceof ContractCheck check) {
			return check.getCheckPointId() + " / " + of(check.getContract()); //$NON-NLS-1$
		}
		if (object instanceof TeamMember member) {
			return nonEmpty(member.getName(), member.getId());
		}
		if (object instanceof Evidence evidence) {
			return nonEmpty(evidence.getTitle(), evidence.getId());
		}
		if (object instanceof Finding finding) {
			return nonEmpty(finding.getTitle(), finding.getId());
		}
		if (object instanceof Clause clause) {
			return (nonEmpty(clause.getNumber(), "") + " " + nonEmpty(clause.getHeading(), "")).trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (object instanceof SignOff signOff) {
			return signOff.getCheckPointId() + " " + literal(signOff.getRole()) + " " + of(signOff.getSigner()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (object instanceof Engagement engagement) {
			return nonEmpty(engagement.getName(), engagement.getId());
		}
		if (object instanceof CheckPoint checkPoint) {
			return checkPoint.getId();
		}
		if (object instanceof LocalDate date) {
			return date.toString();
		}
		if (object instanceof Instant instant) {
			return TIME.format(instant);
		}
		if (object instanceof Collection<?> values) {
			return values.stream().map(ModelLabels::of).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
		if (object instanceof EObject eObject) {
			return eObject.eClass().getName();
		}
		return object.toString();
	}

	/** A party name cut for a matrix cell; the tooltip and the Properties view have it whole. */
	public static String shortName(Party party) {
		String name = of(party);
		return name.length() <= SHORT_NAME ? name : name.substring(0, SHORT_NAME - 1) + "…"; //$NON-NLS-1$
	}

	public static String shorten(String text, int length) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String oneLine = text.replace('\n', ' ');
		return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…"; //$NON-NLS-1$
	}

	private static String nonEmpty(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
