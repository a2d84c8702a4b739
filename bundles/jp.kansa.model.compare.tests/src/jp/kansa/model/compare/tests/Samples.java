/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.model.Annotation;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.EngagementElement;
import jp.kansa.model.Finding;
import jp.kansa.model.FindingSeverity;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EngagementFiles;

/** The shipped sample, loaded afresh for each version a test needs, and the edits the tests make. */
final class Samples {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa"); //$NON-NLS-1$

	private Samples() {
	}

	static Engagement load() {
		try {
			return EngagementFiles.load(SAMPLE);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@SuppressWarnings("unchecked")
	static <T extends EngagementElement> T element(Engagement engagement, String id) {
		EObject object = engagement.eResource().getEObject(id);
		if (object == null) {
			throw new AssertionError("no " + id + " in the sample"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return (T) object;
	}

	static ContractCheck check(Engagement engagement, String id) {
		return element(engagement, id);
	}

	/** Removes the element and every reference to it, as the editor's delete does. */
	static void delete(Engagement engagement, String id) {
		EcoreUtil.delete(element(engagement, id), true);
	}

	static Finding addFinding(Engagement engagement, String id, String title) {
		Finding finding = KansaFactory.eINSTANCE.createFinding();
		finding.setId(id);
		finding.setTitle(title);
		finding.setSeverity(FindingSeverity.MEDIUM);
		finding.setOwner((Party) element(engagement, "P-B")); //$NON-NLS-1$
		finding.getCheckPointIds().add("2-A-9-①"); //$NON-NLS-1$
		engagement.getFindings().add(finding);
		return finding;
	}

	static Annotation annotate(ContractCheck check, TeamMember author, String time, String text) {
		Annotation note = KansaFactory.eINSTANCE.createAnnotation();
		note.setAuthor(author);
		note.setTime(time == null ? null : java.time.Instant.parse(time));
		note.setText(text);
		check.getAnnotations().add(note);
		return note;
	}
}
