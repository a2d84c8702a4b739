/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLog;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.TeamMember;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.changelog.StateFingerprint;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.internal.io.FastEngagementReader;
import jp.kansa.model.resource.KansaResourceFactory;

/**
 * The fast engagement reader gives what EMF's load gives: for the sample, a large engagement
 * with a change log, seeded random engagements with every feature filled, the same model (every
 * attribute and reference, values set, the objects' URI fragments and XMI ids, the resource's
 * versions and encoding, the change log's verdict); for damaged files — hand-made and seeded
 * random damage — the same message, line and column, because it gives up and EMF's load runs.
 * Each readable file is also shown to be read by the fast reader itself, so the comparison is
 * never of EMF with EMF.
 */
class FastEngagementReaderTest {

	@TempDir
	Path folder;

	@AfterEach
	void fastReadBackOn() {
		System.clearProperty(EngagementFiles.FAST_READ_PROPERTY);
	}

	@Test
	void theSampleReadsAsEmfReadsIt() throws Exception {
		assertReadFastAndSame(SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME));
	}

	@Test
	void aLargeEngagementWithAChangeLogReadsAsEmfReadsIt() throws Exception {
		Path file = save(large(), "large.kansa");
		Engagement fast = assertReadFastAndSame(file);
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(fast));
		assertTrue(fast.getContractChecks().size() >= 200 * 54);
		// changed outside the tool: the log's verdict (not intact) is the same too
		String text = Files.readString(file).replaceFirst("conclusion=\"確認済み 1\"", "conclusion=\"書き換え\"");
		Path changed = folder.resolve("changed.kansa");
		Files.writeString(changed, text);
		Engagement tampered = assertReadFastAndSame(changed);
		assertTrue(ChangeLogVerifier.verdictOf(tampered).broken(), ChangeLogVerifier.verdictOf(tampered).toString());
	}

	@Test
	void randomEngagementsWithEveryFeatureReadAsEmfReadsThem() throws Exception {
		for (int seed = 1; seed <= 6; seed++) {
			Engagement engagement = new LoadOptionsEquivalenceTest.EveryFeature(new Random(seed)).engagement();
			assertReadFastAndSame(save(engagement, "random-" + seed + ".kansa"));
		}
	}

	@Test
	void damagedFilesGiveEmfsMessages() throws Exception {
		String sample = Files.readString(SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME));
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
		List<String> damaged = List.of(
				sample.substring(0, sample.length() / 2), // truncated
				sample.replace("<team id=\"T-1\"", "<!-- a comment --><team id=\"T-1\""),
				sample.replace("<team id=\"T-1\"", "<teem id=\"T-1\""), // unknown element
				sample.replace("<team id=\"T-1\"", "<team colour=\"red\" id=\"T-1\""), // unknown attribute
				sample.replace("id=\"T-2\"", "id=\"T-1\""), // an id twice
				sample.replace("contract=\"C-1\"", "contract=\"C-99\""), // a reference to nothing
				sample.replace("contract=\"C-1\"", "contract=\"T-1\""), // to an object of another type
				sample.replace("contract=\"C-1\"", "contract=\"C-1 C-2\""), // two for a single reference
				sample.replace("parties=\"P-HOSP P-A\"", "parties=\"P-HOSP  P-A\""),
				sample.replace("parties=\"P-HOSP P-A\"", "parties=\"P-HOSP P-HOSP\""),
				sample.replace("parties=\"P-HOSP P-A\"", "parties=\"\""),
				sample.replace("assessment=\"conforming\"", "assessment=\"maybe\""), // not a literal
				sample.replace("referenceDate=\"2025-09-30\"", "referenceDate=\"2025-02-30\""),
				sample.replace("referenceDate=\"2025-09-30\"", "referenceDate=\"\""),
				sample.replace("証跡により確認した。", "証跡&nbsp;により確認した。"), // unknown entity
				sample.replace("証跡により確認した。", "証跡&#0;"), // not a character
				sample.replace("証跡により確認した。", "証跡\u0001"), // a control character
				sample.replace("<systems>レセプト</systems>", "<systems>レセプト</system>"),
				sample.replace("<systems>レセプト</systems>", "<systems><![CDATA[レセプト]]></systems>"),
				sample.replace("<systems>レセプト</systems>", "<systems></systems>"),
				sample.replace("<systems>レセプト</systems>", "<systems>a]]>b</systems>"),
				sample.replace("id=\"T-1\" name=", "id=\"T-1\" id=\"T-9\" name="), // attribute twice
				sample.replace("id=\"T-1\"", "xmi:id=\"T-1\""),
				sample.replace("id=\"T-1\"", "id='T-1'"), // valid XML, not Kansa's form
				sample.replace("\n", "\r\n"), // valid XML, line ends normalised by the parser
				sample.replace(head, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
				sample.replace(head, head + "<!DOCTYPE x [<!ENTITY e \"boom\">]>"),
				sample.replace(head, "\uFEFF" + head),
				sample.replace("http://www.kansa.jp/model/kansa/1.1", "http://www.kansa.jp/model/kansa/9.9"),
				sample.replace("xmlns:kansa=", "xmlns:kansa2="),
				sample.replace("contract=\"C-1\"", "contract=\"other.kansa#C-1\""),
				sample.replace("contract=\"C-1\"", "contract=\"/0\""),
				sample.replace("contract=\"C-1\"", "contract=\"kansa:Contract C-1\""), // a type before the id
				sample.replace("id=\"C-1\"", "id=\"C:1\"").replace("contract=\"C-1\"", "contract=\"C:1\""),
				sample.replace("contract=\"C-1\"", "contract=\"C-1?\""),
				sample + "<kansa:Engagement/>", // a second root
				sample + "trailing text",
				sample.replace("kansa:Engagement", "kansa:Contract"),
				sample.replace("<team id=\"T-1\" name=\"監査 花子 (架空)\"/>", "<team id=\"T-1\" name=\"監査 花子 (架空)\">text</team>"),
				sample.replace("<changeLog", "<changeLog><records/></changeLog><changeLog"));
		int differentFromSample = 0;
		for (int i = 0; i < damaged.size(); i++) {
			String text = damaged.get(i);
			differentFromSample += text.equals(sample) ? 0 : 1;
			assertSameOutcome(write("damaged-" + i + ".kansa", text.getBytes(StandardCharsets.UTF_8)));
		}
		assertTrue(differentFromSample >= damaged.size() - 2, "most damage was applied: " + differentFromSample);
	}

	/** The fast reader checks UTF-8 itself, in place of the encoding check: the same verdicts. */
	@Test
	void everyKindOfBrokenUtf8GivesTheEncodingChecksMessage() throws Exception {
		byte[] sample = Files.readAllBytes(SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME));
		String marker = "証跡により確認した。";
		int at = new String(sample, StandardCharsets.ISO_8859_1)
				.indexOf(new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
		assertTrue(at > 0);
		int[][] sequences = { { 0x80 }, { 0xC0, 0xAF }, { 0xC1, 0xBF }, { 0xC3, 0x28 }, { 0xE0, 0x80, 0xAF },
				{ 0xED, 0xA0, 0x80 }, { 0xED, 0x9F, 0xBF }, { 0xEF, 0xBF, 0xBE }, { 0xEF, 0xBF, 0xBF },
				{ 0xEF, 0xBF, 0xBD }, { 0xF0, 0x8F, 0xBF, 0xBF }, { 0xF0, 0x9F, 0x98, 0x80 }, { 0xF4, 0x90, 0x80, 0x80 },
				{ 0xF4, 0x8F, 0xBF, 0xBF }, { 0xF5, 0x80, 0x80, 0x80 }, { 0xFF }, { 0xE3, 0x81 }, { 0xE3, 0x22 },
				{ 0xC2, 0xA0 }, { 0x7F }, { 0xC2, 0x85 } };
		for (int i = 0; i < sequences.length; i++) {
			byte[] damaged = new byte[sample.length + sequences[i].length];
			System.arraycopy(sample, 0, damaged, 0, at);
			for (int j = 0; j < sequences[i].length; j++) {
				damaged[at + j] = (byte) sequences[i][j];
			}
			System.arraycopy(sample, at, damaged, at + sequences[i].length, sample.length - at);
			assertSameOutcome(write("utf8-" + i + ".kansa", damaged));
		}
		byte[] truncated = Arrays.copyOf(sample, sample.length + 2);
		truncated[sample.length] = (byte) 0xE3;
		truncated[sample.length + 1] = (byte) 0x81;
		assertSameOutcome(write("utf8-truncated.kansa", truncated));
	}

	@Test
	void randomlyDamagedFilesGiveEmfsMessagesOrModel() throws Exception {
		byte[] sample = Files.readAllBytes(SampleEngagementTest.SAMPLES.resolve(SampleEngagementGenerator.FILE_NAME));
		byte[][] inserts = { "<".getBytes(), ">".getBytes(), "&".getBytes(), "\"".getBytes(), "'".getBytes(),
				"/".getBytes(), "=".getBytes(), " ".getBytes(), "\n".getBytes(), "\r".getBytes(), "\t".getBytes(),
				{ 0 }, "é".getBytes(StandardCharsets.UTF_8), "&amp;".getBytes(), "&#x41;".getBytes(), "-".getBytes() };
		Random random = new Random(31);
		for (int i = 0; i < 120; i++) {
			int at = random.nextInt(sample.length);
			byte[] insert = random.nextInt(3) == 0 ? new byte[0] : inserts[random.nextInt(inserts.length)];
			int delete = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
			byte[] damaged = new byte[sample.length - Math.min(delete, sample.length - at) + insert.length];
			System.arraycopy(sample, 0, damaged, 0, at);
			System.arraycopy(insert, 0, damaged, at, insert.length);
			int rest = Math.min(delete, sample.length - at);
			System.arraycopy(sample, at + rest, damaged, at + insert.length, sample.length - at - rest);
			assertSameOutcome(write("random-damage-" + i + ".kansa", damaged));
		}
	}

	/** The fast reader reads the file on its own, and the whole load gives EMF's model. */
	private Engagement assertReadFastAndSame(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		assertNotNull(FastEngagementReader.read(bytes,
				new XMIHelperImpl(KansaResourceFactory.create(URI.createFileURI(file.toString())))),
				"the fast reader gave up on " + file);
		Engagement fast = load(file, true);
		Engagement slow = load(file, false);
		assertSameModel(slow, fast);
		return fast;
	}

	/** Both loads fail with the same message, line and column, or both give the same model. */
	private static void assertSameOutcome(Path file) throws Exception {
		Object fast = outcome(file, true);
		Object slow = outcome(file, false);
		if (slow instanceof Engagement slowModel && fast instanceof Engagement fastModel) {
			assertSameModel(slowModel, fastModel);
		} else {
			assertEquals(slow, fast, "outcome of " + file + ":\n" + Files.readString(file, StandardCharsets.ISO_8859_1)
					.substring(0, Math.min(600, (int) Files.size(file))));
		}
	}

	private static Object outcome(Path file, boolean fastRead) {
		try {
			return load(file, fastRead);
		} catch (EngagementFileException e) {
			return withoutIdentities(e.getClass().getName() + ": " + e.getMessage() + " @" + e.getLine() + ":" + e.getColumn());
		} catch (Exception e) {
			return withoutIdentities(e.getClass().getName() + ": " + e.getMessage());
		}
	}

	/** EMF names an illegal value by its toString, with an identity hash that differs from run to run. */
	private static String withoutIdentities(String message) {
		return message.replaceAll("Impl@[0-9a-f]+", "Impl@…");
	}

	private static Engagement load(Path file, boolean fastRead) throws EngagementFileException {
		if (fastRead) {
			System.clearProperty(EngagementFiles.FAST_READ_PROPERTY);
		} else {
			System.setProperty(EngagementFiles.FAST_READ_PROPERTY, "false");
		}
		try {
			return EngagementFiles.load(file);
		} finally {
			System.clearProperty(EngagementFiles.FAST_READ_PROPERTY);
		}
	}

	private static void assertSameModel(Engagement slow, Engagement fast) {
		assertTrue(EcoreUtil.equals(slow, fast), "the fast reader's model differs from EMF's");
		XMIResource slowResource = (XMIResource) slow.eResource();
		XMIResource fastResource = (XMIResource) fast.eResource();
		assertEquals(slowResource.getXMIVersion(), fastResource.getXMIVersion());
		assertEquals(slowResource.getXMLVersion(), fastResource.getXMLVersion());
		assertEquals(slowResource.getEncoding(), fastResource.getEncoding());
		assertEquals(slowResource.isModified(), fastResource.isModified());
		assertEquals(slowResource.isLoaded(), fastResource.isLoaded());
		assertEquals(slowResource.getContents().size(), fastResource.getContents().size());
		assertEquals(slowResource.getErrors().size(), fastResource.getErrors().size());
		assertEquals(slowResource.getWarnings().size(), fastResource.getWarnings().size());
		Iterator<EObject> fastObjects = all(fast).iterator();
		for (EObject a : all(slow)) {
			EObject b = fastObjects.next();
			assertSame(a.eClass(), b.eClass());
			for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
				assertEquals(a.eIsSet(feature), b.eIsSet(feature), feature.getName() + " set of " + EcoreUtil.getURI(a));
			}
			String fragment = slowResource.getURIFragment(a);
			assertEquals(fragment, fastResource.getURIFragment(b));
			assertSame(b, fastResource.getEObject(fragment));
			assertEquals(slowResource.getID(a), fastResource.getID(b));
		}
		assertTrue(!fastObjects.hasNext());
		assertEquals(ChangeLogVerifier.verdictOf(slow), ChangeLogVerifier.verdictOf(fast));
		assertEquals(ChangeLogs.entries(slow).size(), ChangeLogs.entries(fast).size());
		assertTrue(EcoreUtil.equals(new ArrayList<>(ChangeLogs.entries(slow)), new ArrayList<>(ChangeLogs.entries(fast))));
	}

	private static List<EObject> all(EObject root) {
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			objects.add(it.next());
		}
		return objects;
	}

	private Path save(Engagement engagement, String name) throws IOException {
		Path file = folder.resolve(name);
		Resource resource = new KansaResourceFactory().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(engagement);
		EngagementFiles.save(resource, file);
		return file;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	/** 200 contracts × 54 check points with evidence, annotations and a sealed change log. */
	private static Engagement large() {
		KansaFactory f = KansaFactory.eINSTANCE;
		Engagement engagement = f.createEngagement();
		engagement.setId("large");
		engagement.setName("大規模 総合病院 (合成)");
		engagement.setReferenceDate(LocalDate.of(2025, 9, 30));
		TeamMember member = f.createTeamMember();
		member.setId("T-1");
		member.setName("監査 担当");
		engagement.getTeam().add(member);
		Party hospital = f.createParty();
		hospital.setId("P-HOSP");
		hospital.setName("病院");
		engagement.getParties().add(hospital);
		engagement.setInstitution(hospital);
		int n = 0;
		for (int c = 1; c <= 200; c++) {
			Contract contract = f.createContract();
			contract.setId("C-" + c);
			contract.setTitle("契約 " + c + " <保守> & \"運用\"");
			contract.getParties().add(hospital);
			contract.getSystems().add("電子カルテ");
			engagement.getContracts().add(contract);
			for (int p = 1; p <= 54; p++) {
				Evidence evidence = f.createEvidence();
				evidence.setId("E-" + c + "-" + p);
				evidence.setTitle("証跡\n" + p);
				evidence.setSize(1000L * p);
				evidence.setEffectiveDate(LocalDate.of(2024, 1, 1).plusDays(p));
				evidence.setProvidedBy(hospital);
				engagement.getEvidence().add(evidence);
				ContractCheck check = f.createContractCheck();
				check.setId("C-" + c + "/1-A-" + p + "-①");
				check.setContract(contract);
				check.setCheckPointId("1-A-" + p + "-①");
				check.setAssessment(AssessmentStatus.get(p % 5));
				check.setConclusion("確認済み " + ++n);
				check.setLastModified(Instant.parse("2025-08-29T01:00:00Z").plusSeconds(n));
				check.getEvidence().add(evidence);
				check.getResponsibleParties().add(hospital);
				if (p % 7 == 0) {
					var note = f.createAnnotation();
					note.setAuthor(member);
					note.setTime(Instant.parse("2025-08-01T00:00:00Z").plusSeconds(n));
					note.setText("注記\t" + n);
					check.getAnnotations().add(note);
				}
				engagement.getContractChecks().add(check);
			}
		}
		ChangeLog log = ChangeLogs.logOf(engagement);
		for (int i = 1; i <= 50; i++) {
			ChangeLogs.append(log, ChangeKind.get(0), "監査 担当 <a@example.jp>", Instant.parse("2025-09-01T00:00:00Z")
					.plusSeconds(i), "C-1/1-A-" + i + "-①", "contractChecks", "conclusion", "前 " + i, "後\n" + i);
		}
		ChangeLogs.seal(log, StateFingerprint.of(engagement));
		assertNull(engagement.eResource());
		return engagement;
	}
}
