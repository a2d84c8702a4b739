/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.time.Clock;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.KansaPackage;

/**
 * Stamps {@link ContractCheck#getLastModified()} whenever a check changes, so that a sign-off
 * made before the change shows as stale.
 * <p>
 * An adapter rather than a command helper because edits reach a check by many paths (matrix
 * cell, Properties view, paste, undo/redo, import), and a helper would be bypassed by every
 * path that builds a plain SetCommand. Undo stamps too: the check then differs from what was
 * signed. Annotations are excluded: a reviewer's note does not change what was assessed.
 * Attach it after loading (loading must not stamp) with {@code resource.eAdapters().add(...)}.
 */
public class LastModifiedStamper extends EContentAdapter {

	private final Clock clock;

	public LastModifiedStamper() {
		this(Clock.systemUTC());
	}

	public LastModifiedStamper(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof ContractCheck check)) {
			return;
		}
		int feature = notification.getFeatureID(ContractCheck.class);
		if (feature == KansaPackage.CONTRACT_CHECK__LAST_MODIFIED || feature == KansaPackage.CONTRACT_CHECK__ANNOTATIONS
				|| notification.getEventType() == Notification.REMOVING_ADAPTER) {
			return;
		}
		check.setLastModified(clock.instant());
	}
}
