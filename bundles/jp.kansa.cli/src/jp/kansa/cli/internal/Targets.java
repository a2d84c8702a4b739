/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import org.eclipse.emf.ecore.EObject;

import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.model.TitleStatus;
import jp.kansa.model.Volume;

/** What a reference points at, flattened for JSON and CSV. */
public record Targets(String id, String type, String document, String volume, String sectionNumber, String title,
		String titleStatus) {

	public static Targets of(ReferenceTarget target) {
		String type = target instanceof Section ? "section" : target instanceof Volume ? "volume" : "document";
		GuidelineDocument document = ancestor(target, GuidelineDocument.class);
		Volume volume = ancestor(target, Volume.class);
		String number = null;
		String title = null;
		String status = null;
		if (target instanceof Section section) {
			number = section.getNumber();
			status = section.getTitleStatus().getLiteral();
			// only a title seen in the published text; never a guessed one
			title = section.getTitleStatus() == TitleStatus.CONFIRMED ? section.getTitle() : null;
		} else if (target instanceof Volume v) {
			title = v.getName();
		} else {
			title = ((GuidelineDocument) target).getTitle();
		}
		return new Targets(target.getId(), type, document == null ? null : document.getShortTitle(),
				volume == null ? null : volume.getName(), number, title, status);
	}

	private static <T> T ancestor(EObject object, Class<T> type) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (type.isInstance(o)) {
				return type.cast(o);
			}
		}
		return null;
	}
}
