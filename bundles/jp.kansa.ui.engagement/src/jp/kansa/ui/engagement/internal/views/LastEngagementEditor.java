/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import jp.kansa.ui.engagement.internal.editors.EngagementEditor;

/**
 * What the engagement views (検証結果, 変更履歴) show: the engagement editor activated last, and
 * none once that one closes. Listens to the view's page and tells the view of each change.
 */
final class LastEngagementEditor implements IPartListener2 {

	private final Supplier<EngagementEditor> followed;
	private final Consumer<EngagementEditor> follow;

	/**
	 * @param followed the editor the view follows now
	 * @param follow   makes the view follow another editor, or none ({@code null})
	 */
	LastEngagementEditor(Supplier<EngagementEditor> followed, Consumer<EngagementEditor> follow) {
		this.followed = followed;
		this.follow = follow;
	}

	/** Starts listening to {@code page}; returns its active engagement editor, {@code null} when none is. */
	EngagementEditor listenTo(IWorkbenchPage page) {
		page.addPartListener(this);
		return page.getActiveEditor() instanceof EngagementEditor active ? active : null;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof EngagementEditor activated) {
			follow.accept(activated);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == followed.get()) {
			follow.accept(null);
		}
	}
}
