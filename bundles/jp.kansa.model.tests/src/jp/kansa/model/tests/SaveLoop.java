/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.ContractCheck;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.resource.KansaResources;

/**
 * Run as a child JVM by {@link KilledSaveTest}: saves a large engagement each time it reads a line
 * from its input, saying "saving N" before and "saved N" after the save, until it is killed.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		EngagementFixture fixture = new EngagementFixture();
		String conclusion = "証跡により確認した。".repeat(100);
		for (int i = 0; i < 1500; i++) {
			ContractCheck check = fixture.f.createContractCheck();
			check.setId("X-" + i);
			check.setContract(fixture.contractA);
			check.setCheckPointId(EngagementFixture.PART1);
			check.setConclusion(conclusion);
			fixture.engagement.getContractChecks().add(check);
		}
		Resource resource = KansaResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(fixture.engagement);
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (int n = 1; commands.readLine() != null; n++) {
			fixture.engagement.setName("v" + n);
			System.out.println("saving " + n);
			EngagementFiles.save(resource, file);
			System.out.println("saved " + n);
		}
	}
}
