/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;
import java.util.stream.Collectors;

import jp.kansa.model.Catalog;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.GlossaryTerm;
import jp.kansa.model.engagement.DefinitionStatus;

/**
 * The 用語 sheet: the footnoted terms of the 確認表 with their definitions where one was
 * retrieved, and otherwise a plain statement that it was not (never a guessed definition).
 */
public final class Glossary {

	private Glossary() {
	}

	public static Table<GlossaryTerm> table(Catalog catalog, WorkpaperText text) {
		List<Column<GlossaryTerm>> columns = List.of(
				Column.id(text.get("col.id"), GlossaryTerm::getId),
				Column.number(text.get("col.termNumber"), 6, term -> Integer.valueOf(term.getNumber())),
				Column.wrapped(text.get("col.term"), 24, GlossaryTerm::getTerm),
				Column.wrapped(text.get("col.definition"), 80, term -> definition(term, text)),
				Column.wrapped(text.get("col.definitionStatus"), 24, term -> DefinitionStatus.of(term).label(text.locale())),
				Column.wrapped(text.get("col.usedBy"), 30, term -> term.getUsedBy().stream()
						.map(CheckPoint::getId).collect(Collectors.joining("、"))));
		return new Table<>(text.get("sheet.glossary"), columns, catalog.getGlossary());
	}

	static String definition(GlossaryTerm term, WorkpaperText text) {
		String definition = term.getDefinition();
		return definition == null || definition.isBlank() ? text.get("definition.missing") : definition;
	}
}
