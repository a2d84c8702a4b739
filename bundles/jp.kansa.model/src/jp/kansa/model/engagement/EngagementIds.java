/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.util.UUID;

/**
 * Identifiers of engagements. Every engagement made by the product gets one of its own: the
 * rolled-forward year links its prior year by id, a team's copies are one engagement by id, and
 * a vendor's reply is matched to its engagement by id — none of which works when every file is
 * called "engagement".
 */
public final class EngagementIds {

	private static final String PREFIX = "E-"; //$NON-NLS-1$

	private EngagementIds() {
	}

	/** A new identifier, unique without coordination (a random UUID). */
	public static String fresh() {
		return PREFIX + UUID.randomUUID();
	}
}
