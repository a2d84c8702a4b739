/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.Catalog;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.vendor.VendorReply;
import jp.kansa.vendor.VendorReplyReader;
import jp.kansa.vendor.VendorRequests;

/** The shipped sample copied into a test folder, the embedded catalog, and a request to one vendor. */
final class VendorFixture {

	static final Path SAMPLE = Path.of("../jp.kansa.model/samples/sample-hospital.kansa");
	static final Path DATA = Path.of("data");
	/** Debian's Python, which has python3-openpyxl (a pyenv python3 on the PATH may not). */
	static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
	static final Instant SENT_AT = Instant.parse("2025-10-01T00:00:00Z");
	static final Instant READ_AT = Instant.parse("2025-10-20T00:00:00Z");
	static final LocalDate DUE = LocalDate.of(2025, 10, 31);

	final Path folder;
	final Catalog catalog = EmbeddedCatalog.load();
	final Path engagementFile;
	final Engagement engagement;

	VendorFixture(Path folder) throws IOException {
		this.folder = folder;
		engagementFile = folder.resolve("sample-hospital.kansa");
		Files.copy(SAMPLE, engagementFile, StandardCopyOption.REPLACE_EXISTING);
		engagement = EngagementFiles.load(engagementFile);
	}

	Party party(String id) {
		return engagement.getParties().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
	}

	ContractCheck check(String contractId, String checkPointId) {
		return engagement.getContractChecks().stream()
				.filter(c -> c.getContract().getId().equals(contractId) && c.getCheckPointId().equals(checkPointId))
				.findFirst().orElseThrow();
	}

	/** Prepares a request to the vendor, adds it to the engagement and writes its workbook. */
	VendorRequest request(String partyId, boolean withSubcontractors, Path workbook) throws IOException {
		VendorRequest request = VendorRequests.prepare(engagement, party(partyId), DUE, withSubcontractors,
				Clock.fixed(SENT_AT, ZoneOffset.UTC));
		engagement.getVendorRequests().add(request);
		VendorRequests.write(engagement, request, catalog, null, workbook);
		return request;
	}

	VendorReply read(Path reply) throws WorkpaperRefusedException {
		return read(reply, null);
	}

	VendorReply read(Path reply, Party expected) throws WorkpaperRefusedException {
		return new VendorReplyReader(ImportLimits.defaults(), Clock.fixed(READ_AT, ZoneOffset.UTC)).read(reply,
				engagement, expected);
	}

	Engagement copy() {
		return EcoreUtil.copy(engagement);
	}

	/** Runs a program to its end, failing with its output when it fails. */
	static String run(List<String> command, Path workingDirectory) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.directory(workingDirectory.toFile());
		builder.environment().put("HOME", workingDirectory.toString());
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(command + " did not finish");
		}
		String text = new String(output, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IOException(command + " failed (" + process.exitValue() + "): " + text);
		}
		return text;
	}
}
