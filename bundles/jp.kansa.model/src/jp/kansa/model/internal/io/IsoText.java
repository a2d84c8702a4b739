/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the two date forms a Kansa file is written with — {@code 2025-09-30} and
 * {@code 2025-08-01T03:00:00Z}, as {@link LocalDate#toString()} and {@link Instant#toString()}
 * write them — without the general {@code java.time} parser, which took a fifth of the time of
 * loading a large engagement (a parse context, a map of fields and a resolver per value). Any
 * other text, including an impossible date, goes to {@link LocalDate#parse} or {@link Instant#parse}
 * as before, so the value or the exception is always the one the general parser gives.
 */
public final class IsoText {

	private IsoText() {
	}

	public static LocalDate date(String text) {
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			if (year >= 0 && isDay(year, month, day)) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(text);
	}

	public static Instant instant(String text) {
		if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
				&& text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 7);
			int day = digits(text, 8, 10);
			int hour = digits(text, 11, 13);
			int minute = digits(text, 14, 16);
			int second = digits(text, 17, 19);
			// a leap second (:60) is left to the general parser, which has its own rule for it
			if (year >= 0 && isDay(year, month, day) && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
					&& second >= 0 && second < 60) {
				long epochDay = LocalDate.of(year, month, day).toEpochDay();
				return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second);
			}
		}
		return Instant.parse(text);
	}

	private static boolean isDay(int year, int month, int day) {
		return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
	}

	/** The number written by ASCII digits from {@code start} to {@code end}, or -1. */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
