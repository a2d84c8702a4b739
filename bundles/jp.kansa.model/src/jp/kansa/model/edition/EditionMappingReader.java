/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.edition;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jp.kansa.model.edition.EditionMapping.Kind;
import jp.kansa.model.edition.EditionMapping.Rule;

/**
 * Reads the mapping between two 確認表 editions: a UTF-8 text file of tab-separated lines,
 * {@code #} starting a comment line.
 *
 * <pre>
 * from-edition	第22回 (6/10) 【参考資料3-7】
 * to-edition	第23回
 * renamed	2-A-9-②	2-A-10-①
 * split	2-A-7-①	2-A-7-① 2-A-7-③
 * merged	1-B-3-① 1-B-3-②	1-B-3-①
 * removed	1-参考-1-①
 * kept	1-A-1-①
 * </pre>
 *
 * Several ids in one field are separated by spaces or commas. Every problem is reported as
 * {@code file:line: reason}; a mapping that names an old id twice, or makes two ids into the
 * same new id other than by {@code merged}, is refused, since a migration by it would be ambiguous.
 */
public final class EditionMappingReader {

	private static final String MESSAGES = "jp.kansa.model.edition.messages";
	private static final long MAX_BYTES = 4L * 1024 * 1024;

	private final ResourceBundle messages;
	private final String source;

	private EditionMappingReader(String source, Locale locale) {
		this.source = source;
		this.messages = ResourceBundle.getBundle(MESSAGES, locale, EditionMappingReader.class.getClassLoader());
	}

	/** Reads a mapping file; messages in the given language. */
	public static EditionMapping read(Path file, Locale locale) throws EditionMappingException {
		EditionMappingReader reader = new EditionMappingReader(file.getFileName().toString(), locale);
		String text;
		try {
			if (!Files.isRegularFile(file)) {
				throw reader.fail(0, "mapping.noFile"); //$NON-NLS-1$
			}
			if (Files.size(file) > MAX_BYTES) {
				throw reader.fail(0, "mapping.tooLarge"); //$NON-NLS-1$
			}
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw reader.fail(0, "mapping.notUtf8"); //$NON-NLS-1$
		} catch (IOException e) {
			throw reader.fail(0, "mapping.unreadable", e.getLocalizedMessage()); //$NON-NLS-1$
		}
		return reader.parse(text);
	}

	/** Parses mapping text; {@code source} names it in messages. */
	public static EditionMapping parse(String text, String source, Locale locale) throws EditionMappingException {
		return new EditionMappingReader(source, locale).parse(text);
	}

	private EditionMapping parse(String text) throws EditionMappingException {
		String from = null;
		String to = null;
		List<Rule> rules = new ArrayList<>();
		Map<String, Integer> oldIds = new HashMap<>();
		Map<String, Integer> newIds = new HashMap<>();
		String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 0; i < lines.length; i++) {
			int lineNumber = i + 1;
			String line = lines[i];
			if (line.isBlank() || line.stripLeading().startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			String keyword = fields[0].strip();
			switch (keyword) {
			case "from-edition" -> from = value(fields, lineNumber); //$NON-NLS-1$
			case "to-edition" -> to = value(fields, lineNumber); //$NON-NLS-1$
			default -> {
				Rule rule = rule(keyword, fields, lineNumber);
				for (String id : rule.from()) {
					Integer earlier = oldIds.putIfAbsent(id, lineNumber);
					if (earlier != null) {
						throw fail(lineNumber, "mapping.oldTwice", id, earlier); //$NON-NLS-1$
					}
				}
				for (String id : rule.kind() == Kind.KEPT ? rule.from() : rule.to()) {
					Integer earlier = newIds.putIfAbsent(id, lineNumber);
					if (earlier != null) {
						throw fail(lineNumber, "mapping.newTwice", id, earlier); //$NON-NLS-1$
					}
				}
				rules.add(rule);
			}
			}
		}
		if (from == null || to == null) {
			throw fail(0, "mapping.noEditions"); //$NON-NLS-1$
		}
		return new EditionMapping(source, from, to, rules);
	}

	private String value(String[] fields, int line) throws EditionMappingException {
		if (fields.length < 2 || fields[1].isBlank()) {
			throw fail(line, "mapping.noValue", fields[0].strip()); //$NON-NLS-1$
		}
		return fields[1].strip();
	}

	private Rule rule(String keyword, String[] fields, int line) throws EditionMappingException {
		Kind kind;
		try {
			kind = Kind.valueOf(keyword.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw fail(line, "mapping.unknownKind", keyword); //$NON-NLS-1$
		}
		List<String> from = ids(fields, 1);
		List<String> to = ids(fields, 2);
		if (fields.length > 3 && !String.join("", Arrays.copyOfRange(fields, 3, fields.length)).isBlank()) { //$NON-NLS-1$
			throw fail(line, "mapping.tooManyFields", keyword); //$NON-NLS-1$
		}
		boolean shapeOk = switch (kind) {
		case KEPT, REMOVED -> from.size() == 1 && to.isEmpty();
		case RENAMED -> from.size() == 1 && to.size() == 1 && !from.equals(to);
		case SPLIT -> from.size() == 1 && to.size() >= 2;
		case MERGED -> from.size() >= 2 && to.size() == 1;
		};
		if (!shapeOk) {
			throw fail(line, "mapping.shape." + kind.name(), keyword); //$NON-NLS-1$
		}
		return new Rule(kind, from, to, line);
	}

	private static List<String> ids(String[] fields, int index) {
		if (fields.length <= index) {
			return List.of();
		}
		return Arrays.stream(fields[index].split("[\\s,\u3001]+")).filter(s -> !s.isEmpty()).distinct().toList(); //$NON-NLS-1$
	}

	private EditionMappingException fail(int line, String key, Object... arguments) {
		String reason = MessageFormat.format(messages.getString(key), arguments);
		String where = line > 0 ? source + ":" + line : source; //$NON-NLS-1$
		return new EditionMappingException(where + ": " + reason); //$NON-NLS-1$
	}
}
