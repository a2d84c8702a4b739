/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.AssessmentStatus;
import jp.kansa.model.ChangeKind;
import jp.kansa.model.ChangeLogEntry;
import jp.kansa.model.Engagement;
import jp.kansa.model.Responsibility;
import jp.kansa.model.changelog.ChangeLogVerifier;
import jp.kansa.model.changelog.ChangeLogs;
import jp.kansa.model.changelog.LogVerdict;
import jp.kansa.model.changelog.LogVerdict.Problem;
import jp.kansa.model.compare.log.ChangeRecorder;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.validation.EngagementValidation;
import jp.kansa.model.validation.EngagementValidator;
import jp.kansa.model.validation.ValidationRule;

/**
 * The 変更履歴 written at save, read back, and tampered with by hand: each tampering is found at
 * its place, a file without a log is not broken.
 */
class ChangeLogTest {

	private static final String TARO = ChangeLogs.who("監査 太郎", "taro@example.jp"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Instant T1 = Instant.parse("2026-10-01T01:00:00Z"); //$NON-NLS-1$
	private static final Instant T2 = Instant.parse("2026-10-02T02:00:00Z"); //$NON-NLS-1$

	/** What the file's records escape: the separator, the escape, line breaks and a tab. */
	private static final String CONCLUSION = "契約書第12条|第3項\r\n\\確認\t済"; //$NON-NLS-1$

	@TempDir
	Path folder;

	/** The sample saved twice through the recorder: a role and an assessment, then a conclusion. */
	private Path savedTwice() throws IOException {
		Engagement engagement = Samples.load();
		Engagement saved = ChangeRecorder.baseline(engagement);
		Samples.check(engagement, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR); //$NON-NLS-1$
		Samples.check(engagement, "C-2/2-A-9-①").setAssessment(AssessmentStatus.CONFORMING); //$NON-NLS-1$
		ChangeRecorder.record(saved, engagement, TARO, T1);
		Path file = folder.resolve("minato.kansa"); //$NON-NLS-1$
		EngagementFiles.save(engagement.eResource(), file);

		Engagement reopened = EngagementFiles.load(file);
		saved = ChangeRecorder.baseline(reopened);
		Samples.check(reopened, "C-2/2-A-9-①").setConclusion(CONCLUSION); //$NON-NLS-1$
		ChangeRecorder.record(saved, reopened, "花子", T2); //$NON-NLS-1$
		EngagementFiles.save(reopened.eResource(), file);
		return file;
	}

	private static List<String> logRules(Engagement engagement) {
		return logRules(engagement, Locale.JAPANESE);
	}

	private static List<String> logRules(Engagement engagement, Locale locale) {
		return EngagementValidation
				.ruleDiagnostics(EngagementValidation.validate(engagement, Map.of(EngagementValidator.LOCALE, locale)))
				.stream().filter(d -> ValidationRule.of(d) == ValidationRule.LOG_BROKEN).map(Diagnostic::getMessage)
				.toList();
	}

	@Test
	void aFileWithoutALogIsNotBroken() {
		Engagement sample = Samples.load();
		assertNull(sample.getChangeLog());
		assertEquals(Problem.NONE, ChangeLogVerifier.verdictOf(sample).problem());
		assertEquals(List.of(), logRules(sample));
	}

	@Test
	void roundTripKeepsEveryEntryWithWhoWhenFieldOldAndNew() throws IOException {
		Engagement reopened = EngagementFiles.load(savedTwice());
		List<ChangeLogEntry> entries = ChangeLogs.entries(reopened);
		assertEquals(List.of( //
				"1 started 監査 太郎 <taro@example.jp> 2026-10-01T01:00:00Z engagement null null null", //
				"2 changed 監査 太郎 <taro@example.jp> 2026-10-01T01:00:00Z C-1/2-A-9-① responsibility joint vendor", //
				"3 changed 監査 太郎 <taro@example.jp> 2026-10-01T01:00:00Z C-2/2-A-9-① assessment not-assessed conforming", //
				"4 changed 花子 2026-10-02T02:00:00Z C-2/2-A-9-① conclusion null " + CONCLUSION), //
				entries.stream().map(ChangeLogTest::line).toList());
		assertEquals("C-2 × 2-A-9-①", entries.get(2).getPath()); //$NON-NLS-1$
		// chained: each entry names the hash of the one before, the first the genesis value
		assertEquals(ChangeLogs.GENESIS, entries.get(0).getPreviousHash());
		for (int i = 1; i < entries.size(); i++) {
			assertEquals(entries.get(i - 1).getHash(), entries.get(i).getPreviousHash());
			assertEquals(ChangeLogs.hashOf(entries.get(i)), entries.get(i).getHash());
		}
		// each save is sealed with the fingerprint of what it saved
		assertTrue(entries.get(2).getState() != null && entries.get(3).getState() != null);
		assertNotEquals(entries.get(2).getState(), entries.get(3).getState());
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(reopened));
		assertEquals(List.of(), logRules(reopened));
	}

	@Test
	void aSaveWithoutChangesAddsNothingAndAnUndoneEditLeavesNoEntry() throws IOException {
		Engagement reopened = EngagementFiles.load(savedTwice());
		Engagement saved = ChangeRecorder.baseline(reopened);
		assertEquals(0, ChangeRecorder.record(saved, reopened, TARO, T2));
		Samples.check(reopened, "C-1/2-A-9-①").setResponsibility(Responsibility.INSTITUTION); //$NON-NLS-1$
		Samples.check(reopened, "C-1/2-A-9-①").setResponsibility(Responsibility.VENDOR); //$NON-NLS-1$
		assertEquals(0, ChangeRecorder.record(saved, reopened, TARO, T2));
		assertEquals(4, ChangeLogs.entries(reopened).size());
	}

	@Test
	void anEditedEntryIsNamedByItsSequence() throws IOException {
		Path file = savedTwice();
		edit(file, "|not-assessed|conforming|", "|not-assessed|non-conforming|"); //$NON-NLS-1$ //$NON-NLS-2$
		Engagement tampered = EngagementFiles.load(file);
		assertEquals(new LogVerdict(Problem.ENTRY_CHANGED, 3, List.of()), ChangeLogVerifier.verdictOf(tampered));
		assertEquals(List.of("変更履歴: 第 3 項が書き換えられています (ハッシュが内容と一致しません)。"), //$NON-NLS-1$
				logRules(tampered));
	}

	@Test
	void aDeletedEntryIsNamedByTheMissingSequence() throws IOException {
		Path file = savedTwice();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		// every record on its own line of the one records element
		Matcher entry = Pattern.compile("\n2\\|[^\n]*").matcher(text); //$NON-NLS-1$
		assertTrue(entry.find(), text);
		Files.writeString(file, entry.replaceFirst(""), StandardCharsets.UTF_8); //$NON-NLS-1$
		Engagement tampered = EngagementFiles.load(file);
		assertEquals(new LogVerdict(Problem.ENTRY_MISSING, 2, List.of()), ChangeLogVerifier.verdictOf(tampered));
		assertEquals(List.of("変更履歴: 第 2 項がありません (削除されています)。"), logRules(tampered)); //$NON-NLS-1$
	}

	@Test
	void aFieldEditedByHandIsNamedWithWhatTheLogSays() throws IOException {
		Path file = savedTwice();
		// the assessment the log recorded, and the name of a party the log never touched
		editAfter(file, "id=\"C-2/2-A-9-①\"", "assessment=\"conforming\"", "assessment=\"non-conforming\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		edit(file, "Aメディカルシステムズ株式会社", "Aメディカル株式会社"); //$NON-NLS-1$ //$NON-NLS-2$
		Engagement tampered = EngagementFiles.load(file);
		LogVerdict verdict = ChangeLogVerifier.verdictOf(tampered);
		assertEquals(Problem.UNLOGGED_CHANGE, verdict.problem());
		assertEquals(4, verdict.sequence());
		assertEquals(List.of( //
				"変更履歴: 第 4 項の後にツールの外でファイルが変更されています: C-2/2-A-9-① が変更されています (assessment: 履歴では conforming、ファイルでは non-conforming)。", //$NON-NLS-1$
				"変更履歴: 第 4 項の後にツールの外でファイルが変更されています: P-A が変更されています。"), //$NON-NLS-1$
				logRules(tampered));
	}

	@Test
	void savingAfterAnOutsideChangeLogsItAndTheLogIsWholeAgain() throws IOException {
		Path file = savedTwice();
		editAfter(file, "id=\"C-2/2-A-9-①\"", "assessment=\"conforming\"", "assessment=\"non-conforming\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Engagement tampered = EngagementFiles.load(file);
		Engagement saved = ChangeRecorder.baseline(tampered);
		assertEquals(1, ChangeRecorder.record(saved, tampered, TARO, T2));
		EngagementFiles.save(tampered.eResource(), file);
		Engagement reopened = EngagementFiles.load(file);
		ChangeLogEntry outside = ChangeLogs.last(reopened.getChangeLog());
		assertEquals("5 outside 監査 太郎 <taro@example.jp> 2026-10-02T02:00:00Z C-2/2-A-9-① assessment conforming non-conforming", //$NON-NLS-1$
				line(outside));
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(reopened));
	}

	@Test
	void aBrokenChainStaysBrokenAfterTheNextSave() throws IOException {
		Path file = savedTwice();
		edit(file, "|花子|", "|次郎|"); //$NON-NLS-1$ //$NON-NLS-2$
		Engagement tampered = EngagementFiles.load(file);
		Engagement saved = ChangeRecorder.baseline(tampered);
		Samples.check(tampered, "C-1/2-A-9-①").setResponsibility(Responsibility.JOINT); //$NON-NLS-1$
		ChangeRecorder.record(saved, tampered, TARO, T2);
		EngagementFiles.save(tampered.eResource(), file);
		assertEquals(new LogVerdict(Problem.ENTRY_CHANGED, 4, List.of()),
				ChangeLogVerifier.verdictOf(EngagementFiles.load(file)));
	}

	@Test
	void englishMessagesNameTheEntryToo() throws IOException {
		Path file = savedTwice();
		edit(file, "|not-assessed|conforming|", "|not-assessed|non-conforming|"); //$NON-NLS-1$ //$NON-NLS-2$
		Engagement tampered = EngagementFiles.load(file);
		assertEquals(List.of("Change log: entry 3 was edited (its hash does not match its content)."), //$NON-NLS-1$
				logRules(tampered, Locale.ENGLISH));
	}

	/** Written before the records went into one element: one {@code <records>} element per entry. */
	private static final Path ONE_ELEMENT_PER_RECORD = Path.of("data/changelog-before-2026-12.kansa"); //$NON-NLS-1$

	@Test
	void aFileWithOneElementPerRecordOpensIntactAndIsWrittenInTheNewForm() throws IOException {
		Path file = folder.resolve("before.kansa"); //$NON-NLS-1$
		Files.copy(ONE_ELEMENT_PER_RECORD, file);
		assertEquals(4, Pattern.compile("<records>").matcher(Files.readString(file)).results().count()); //$NON-NLS-1$
		Engagement old = EngagementFiles.load(file);
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(old));
		List<String> lines = ChangeLogs.entries(old).stream().map(ChangeLogTest::line).toList();
		assertEquals(4, lines.size());
		assertEquals("4 changed 花子 2026-10-02T02:00:00Z C-2/2-A-9-① conclusion null " + CONCLUSION, lines.get(3)); //$NON-NLS-1$

		Engagement saved = ChangeRecorder.baseline(old);
		Samples.check(old, "C-1/2-A-9-①").setResponsibility(Responsibility.JOINT); //$NON-NLS-1$
		ChangeRecorder.record(saved, old, TARO, T2);
		EngagementFiles.save(old.eResource(), file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals(1, Pattern.compile("<records>").matcher(text).results().count(), text); //$NON-NLS-1$
		assertTrue(text.contains("\n5|changed|監査 太郎 &lt;taro@example.jp>|2026-10-02T02:00:00Z|C-1/2-A-9-①|"), text); //$NON-NLS-1$
		Engagement reopened = EngagementFiles.load(file);
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(reopened));
		List<String> after = ChangeLogs.entries(reopened).stream().map(ChangeLogTest::line).toList();
		assertEquals(lines, after.subList(0, 4));
		assertEquals("5 changed 監査 太郎 <taro@example.jp> 2026-10-02T02:00:00Z C-1/2-A-9-① responsibility vendor joint", //$NON-NLS-1$
				after.get(4));
	}

	@Test
	void inTheOldFormTooADeletedOrEditedEntryIsNamed() throws IOException {
		Path file = folder.resolve("before.kansa"); //$NON-NLS-1$
		Files.copy(ONE_ELEMENT_PER_RECORD, file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Matcher entry = Pattern.compile("\\s*<records>2\\|.*?</records>", Pattern.DOTALL).matcher(text); //$NON-NLS-1$
		assertTrue(entry.find(), text);
		Files.writeString(file, entry.replaceFirst(""), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertEquals(new LogVerdict(Problem.ENTRY_MISSING, 2, List.of()),
				ChangeLogVerifier.verdictOf(EngagementFiles.load(file)));

		Files.copy(ONE_ELEMENT_PER_RECORD, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		edit(file, "|not-assessed|conforming|", "|not-assessed|non-conforming|"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new LogVerdict(Problem.ENTRY_CHANGED, 3, List.of()),
				ChangeLogVerifier.verdictOf(EngagementFiles.load(file)));
	}

	@Test
	void theChecksOnOpenNeedNoEntriesAndGiveTheSameVerdictAsTheEntries() throws IOException {
		Path file = savedTwice();
		// each tampering judged twice: on the text as read, and again on the entries made from it
		for (String[] change : new String[][] { { "|花子|", "|次郎|" }, { "|not-assessed|conforming|", "|conforming|" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				{ "\n2|", "\n02|" }, { "\n3|", "\n4|" }, { "|changed|", "|renamed|" }, { "T01:00:00Z", "T01:00:00+09:00" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				{ "\\p第3項", "|第3項" }, { "\n4|", "\n\n4|" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Path copy = folder.resolve("copy.kansa"); //$NON-NLS-1$
			Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			edit(copy, change[0], change[1]);
			Engagement onText = EngagementFiles.load(copy);
			LogVerdict asRead = ChangeLogVerifier.verdictOf(onText);
			assertTrue(asRead.broken(), change[0]);
			ChangeLogs.entries(onText); // the entries are made now
			assertEquals(asRead, ChangeLogVerifier.verify(onText), change[0]);
		}
	}

	@Test
	void validatingJudgesTheLogWithoutMakingItsEntries() throws IOException {
		Path file = savedTwice();
		Engagement intact = EngagementFiles.load(file);
		assertEquals(List.of(), logRules(intact), "an intact log passes"); //$NON-NLS-1$
		assertEquals(0, ((jp.kansa.model.internal.changelog.ChangeLogSpec) intact.getChangeLog()).entriesAsHeld().size(),
				"validation walked no entry"); //$NON-NLS-1$

		Path copy = folder.resolve("tampered.kansa"); //$NON-NLS-1$
		Files.copy(file, copy);
		edit(copy, "|花子|", "|次郎|"); //$NON-NLS-1$ //$NON-NLS-2$
		Engagement tampered = EngagementFiles.load(copy);
		assertEquals(1, logRules(tampered).size(), "a tampered log is still reported"); //$NON-NLS-1$
		assertEquals(0, ((jp.kansa.model.internal.changelog.ChangeLogSpec) tampered.getChangeLog()).entriesAsHeld().size(),
				"validation walked no entry"); //$NON-NLS-1$
	}

	@Test
	void savingAfterOpeningAppendsWithoutReadingTheRecordsIntoEntries() throws IOException {
		Path file = savedTwice();
		Engagement reopened = EngagementFiles.load(file);
		jp.kansa.model.internal.changelog.ChangeLogSpec log = (jp.kansa.model.internal.changelog.ChangeLogSpec) reopened
				.getChangeLog();
		assertEquals(0, log.entriesAsHeld().size(), "opening reads no record into an entry"); //$NON-NLS-1$
		assertEquals(4, ChangeLogs.size(log));
		Engagement saved = ChangeRecorder.baseline(reopened);
		Samples.check(reopened, "C-1/2-A-9-①").setResponsibility(Responsibility.JOINT); //$NON-NLS-1$
		assertEquals(1, ChangeRecorder.record(saved, reopened, TARO, T2));
		EngagementFiles.save(reopened.eResource(), file);
		assertEquals(1, log.entriesAsHeld().size(), "only the appended entry is an object"); //$NON-NLS-1$
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verify(reopened), "records as text, then the entry"); //$NON-NLS-1$

		Engagement again = EngagementFiles.load(file);
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(again));
		List<ChangeLogEntry> entries = ChangeLogs.entries(again);
		assertEquals(5, entries.size());
		assertEquals("5 changed 監査 太郎 <taro@example.jp> 2026-10-02T02:00:00Z C-1/2-A-9-① responsibility vendor joint", //$NON-NLS-1$
				line(entries.get(4)));
		assertEquals(entries.get(3).getHash(), entries.get(4).getPreviousHash());
		// the entries asked for after appending: the records before the appended one, in order
		List<String> inMemory = ChangeLogs.entries(reopened).stream().map(ChangeLogTest::line).toList();
		assertEquals(entries.stream().map(ChangeLogTest::line).toList(), inMemory);
	}

	@Test
	void aMigratedEngagementKeepsAnIntactLogWithTheMigrationInIt() throws Exception {
		Path file = savedTwice();
		jp.kansa.model.edition.EditionMapping mapping = jp.kansa.model.edition.EditionMappingReader
				.read(Path.of("../jp.kansa.model.tests/data/editions/test-edition.kansamap"), Locale.JAPANESE); //$NON-NLS-1$
		// written without the log knowing: the migration reads as a change made outside the tool
		Path unlogged = folder.resolve("unlogged.kansa"); //$NON-NLS-1$
		jp.kansa.model.edition.EditionMigration.toFile(file, mapping, null, unlogged, Locale.JAPANESE);
		assertEquals(Problem.UNLOGGED_CHANGE, ChangeLogVerifier.verdictOf(EngagementFiles.load(unlogged)).problem());

		Path migrated = folder.resolve("migrated.kansa"); //$NON-NLS-1$
		jp.kansa.model.compare.log.PreparedMigration prepared = jp.kansa.model.compare.log.PreparedMigration.of(file,
				mapping, null, Locale.JAPANESE);
		prepared.write(migrated, false, TARO, T2, Locale.JAPANESE);
		Engagement reopened = EngagementFiles.load(migrated);
		assertEquals("試験版 2027", reopened.getCatalogEdition()); //$NON-NLS-1$
		assertEquals(LogVerdict.INTACT, ChangeLogVerifier.verdictOf(reopened));
		List<String> lines = ChangeLogs.entries(reopened).stream().map(ChangeLogTest::line).toList();
		assertTrue(lines.stream().anyMatch(l -> l.endsWith(" 監査 太郎 <taro@example.jp> 2026-10-02T02:00:00Z engagement catalogEdition null 試験版 2027")), //$NON-NLS-1$
				lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.endsWith(" C-2/2-A-6-① checkPointId 2-A-6-① 2-A-6-②")), lines::toString); //$NON-NLS-1$
		// never over an existing file unless told
		assertThrows(java.nio.file.FileAlreadyExistsException.class,
				() -> jp.kansa.model.compare.log.PreparedMigration.of(file, mapping, null, Locale.JAPANESE).write(migrated,
						false, TARO, T2, Locale.JAPANESE));
	}

	static String line(ChangeLogEntry e) {
		return e.getSequence() + " " + e.getKind().getLiteral() + " " + e.getWho() + " " + e.getWhen() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ e.getElementId() + " " + e.getFeature() + " " + e.getOldValue() + " " + e.getNewValue(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), () -> from + " not in the file"); //$NON-NLS-1$
		Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
				StandardCharsets.UTF_8);
	}

	/** Edits the first {@code from} after {@code anchor}: one element's attribute. */
	static void editAfter(Path file, String anchor, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(anchor);
		int where = text.indexOf(from, at);
		assertTrue(at >= 0 && where > at && text.lastIndexOf('<', where) < at + anchor.length(),
				() -> from + " not in the element " + anchor); //$NON-NLS-1$
		Files.writeString(file, text.substring(0, where) + to + text.substring(where + from.length()),
				StandardCharsets.UTF_8);
	}

	static ChangeKind kind(ChangeLogEntry e) {
		return e.getKind();
	}
}
