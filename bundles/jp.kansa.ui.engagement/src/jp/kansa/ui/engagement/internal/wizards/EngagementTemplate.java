/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.AuditRole;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.TeamMember;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.EngagementIds;
import jp.kansa.model.resource.KansaResources;
import jp.kansa.ui.engagement.internal.editors.CatalogRows;

/** A new, empty engagement: the audited institution as its only party, no contracts yet. */
public final class EngagementTemplate {

	private EngagementTemplate() {
	}

	public static Engagement create(String name, String institutionName, LocalDate referenceDate) {
		KansaFactory f = KansaFactory.eINSTANCE;
		Engagement engagement = f.createEngagement();
		engagement.setId(EngagementIds.fresh());
		engagement.setName(name);
		engagement.setReferenceDate(referenceDate);
		engagement.setCatalogId(CatalogRows.catalog().getId());
		engagement.setCatalogEdition(CatalogRows.catalog().getEdition());
		Party institution = f.createParty();
		institution.setId("P-1"); //$NON-NLS-1$
		institution.setName(institutionName);
		institution.setKind(PartyKind.INSTITUTION);
		engagement.getParties().add(institution);
		engagement.setInstitution(institution);
		return engagement;
	}

	/** Puts the given 作成者 and 査閲者 on the team; a blank name adds no one. */
	public static void addTeam(Engagement engagement, String preparer, String reviewer) {
		addMember(engagement, preparer, AuditRole.PREPARER);
		addMember(engagement, reviewer, AuditRole.REVIEWER);
	}

	private static void addMember(Engagement engagement, String name, AuditRole role) {
		if (name == null || name.isBlank()) {
			return;
		}
		TeamMember member = KansaFactory.eINSTANCE.createTeamMember();
		member.setId("T-" + (engagement.getTeam().size() + 1)); //$NON-NLS-1$
		member.setName(name.strip());
		member.setRole(role);
		engagement.getTeam().add(member);
	}

	/** Writes a new file; refuses to replace an existing one (that would lose an engagement). */
	public static void write(Engagement engagement, Path target) throws IOException {
		if (Files.exists(target)) {
			throw new IOException(target + " already exists"); //$NON-NLS-1$
		}
		Files.createDirectories(target.toAbsolutePath().getParent());
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, target);
	}
}
