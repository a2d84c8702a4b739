/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import jp.kansa.model.internal.io.IsoText;

/**
 * The loader's own date reading gives exactly what {@code java.time}'s parser gives — the same
 * value, or the same exception with the same message — for every day of three centuries and for
 * every text that is not the plain form.
 */
class IsoTextTest {

	@Test
	void everyDayFrom1900To2199ReadsAsLocalDateParseReadsIt() {
		int days = 0;
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
			assertEquals(LocalDate.parse(day.toString()), IsoText.date(day.toString()));
			days++;
		}
		assertEquals(109_573, days);
	}

	@Test
	void everyHourOfTwoYearsAndEverySecondOfADayReadAsInstantParseReadsThem() {
		for (Instant t = Instant.parse("2023-12-31T00:00:00Z"); t.isBefore(Instant.parse("2026-01-02T00:00:00Z")); t = t
				.plusSeconds(3_599)) {
			Instant whole = t.minusNanos(t.getNano());
			assertEquals(Instant.parse(whole.toString()), IsoText.instant(whole.toString()));
		}
		for (Instant t = Instant.parse("2024-02-29T00:00:00Z"); t.isBefore(Instant.parse("2024-03-01T00:00:00Z")); t = t
				.plusSeconds(1)) {
			assertEquals(Instant.parse(t.toString()), IsoText.instant(t.toString()));
		}
	}

	@Test
	void otherDateTextsGiveTheGeneralParsersValueOrItsException() {
		List<String> texts = List.of("2025-02-30", "2024-02-29", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31",
				"0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2025-9-30", "2025-09-3", "2025/09/30",
				"２０２５-09-30", "2025-09-30T", " 2025-09-30", "2025-09-30 ", "x", "", "202５-09-30", "2025-0a-30");
		texts.forEach(text -> assertSameOutcome(text, LocalDate::parse, IsoText::date));
	}

	@Test
	void otherInstantTextsGiveTheGeneralParsersValueOrItsException() {
		List<String> texts = List.of("2025-08-01T00:00:00Z", "2025-08-01T23:59:59Z", "2025-08-01T24:00:00Z",
				"2016-12-31T23:59:60Z", "2025-08-01T12:60:00Z", "2025-02-30T00:00:00Z", "2025-08-01T00:00:00.5Z",
				"2025-08-01T00:00:00.123456789Z", "2025-08-01T09:00:00+09:00", "2025-08-01T00:00Z", "2025-08-01 00:00:00Z",
				"2025-08-01T00:00:00z", "2025-08-01T00:00:00", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
				"+10000-01-01T00:00:00Z", "2025-08-01T0０:00:00Z", "", "T");
		texts.forEach(text -> assertSameOutcome(text, Instant::parse, IsoText::instant));
	}

	private static <T> void assertSameOutcome(String text, Function<String, T> general, Function<String, T> fast) {
		String expected = outcome(text, general);
		String actual = outcome(text, fast);
		assertEquals(expected, actual, "for \"" + text + "\"");
		assertTrue(expected.length() > 0);
	}

	private static <T> String outcome(String text, Function<String, T> parser) {
		try {
			return "value " + Objects.toString(parser.apply(text));
		} catch (RuntimeException e) {
			return e.getClass().getName() + ": " + e.getMessage();
		}
	}
}
