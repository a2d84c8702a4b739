/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.importer.xlsx.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed as text: 2025-09-30, 2025/9/30, 2025年9月30日 and the Japanese era 令和7年9月30日
 * (令和元年 for the first year; 平成 too, since contracts predate 2019). Full-width digits are
 * accepted because Japanese input methods produce them.
 */
final class DateTexts {

	private static final Pattern WESTERN = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern ERA = Pattern.compile("(令和|平成|R|H)\\s*(元|\\d{1,2})\\s*[年./]\\s*(\\d{1,2})\\s*[月./]\\s*(\\d{1,2})\\s*日?",
			Pattern.CASE_INSENSITIVE);

	/** 令和1年 = 2019, 平成1年 = 1989. */
	private static final int REIWA_OFFSET = 2018;
	private static final int HEISEI_OFFSET = 1988;

	private DateTexts() {
	}

	/** @return the date, or {@code null} if the text is not one */
	static LocalDate parse(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		try {
			Matcher western = WESTERN.matcher(normalized);
			if (western.matches()) {
				return LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
						Integer.parseInt(western.group(3)));
			}
			Matcher era = ERA.matcher(normalized);
			if (era.matches()) {
				String name = era.group(1).toUpperCase();
				int offset = name.equals("令和") || name.equals("R") ? REIWA_OFFSET : HEISEI_OFFSET;
				int year = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
				LocalDate date = LocalDate.of(offset + year, Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)));
				return withinEra(offset, date) ? date : null;
			}
		} catch (DateTimeException | NumberFormatException e) {
			return null; // 2025-02-30 and the like
		}
		return null;
	}

	/** 平成31年4月30日 is the last day of 平成 and 令和元年5月1日 the first of 令和. */
	private static boolean withinEra(int offset, LocalDate date) {
		LocalDate reiwa = LocalDate.of(2019, 5, 1);
		return offset == REIWA_OFFSET ? !date.isBefore(reiwa)
				: !date.isBefore(LocalDate.of(1989, 1, 8)) && date.isBefore(reiwa);
	}
}
