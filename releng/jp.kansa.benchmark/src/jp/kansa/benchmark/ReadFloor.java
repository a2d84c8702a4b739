/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The least any reader of an engagement file does in a fresh JVM: read the file's bytes, find
 * every tag and make a String of every attribute value and every text. No XML parser, no EMF, no
 * model, no validation — so its whole-process time (cli-benchmark.sh runs it with the command
 * line's JVM options) is a floor under {@code kansa-cli.sh validate} and {@code export} on the same
 * file. Run on an empty file it is the JVM's own start and exit.
 */
public final class ReadFloor {

	private ReadFloor() {
	}

	public static void main(String[] args) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of(args[0]));
		List<String> values = new ArrayList<>();
		int tags = scan(bytes, values);
		// printed so that the JIT cannot prove the strings unused
		System.out.println(tags + " tags, " + values.size() + " values"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int scan(byte[] bytes, List<String> values) {
		int tags = 0;
		int i = 0;
		while (i < bytes.length) {
			if (bytes[i] == '<') {
				tags++;
				i = scanTag(bytes, i + 1, values);
			} else {
				int start = i;
				while (i < bytes.length && bytes[i] != '<') {
					i++;
				}
				if (!isBlank(bytes, start, i)) {
					values.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
				}
			}
		}
		return tags;
	}

	/** Scans one tag from just after its '<' and returns the index after its '>'. */
	private static int scanTag(byte[] bytes, int from, List<String> values) {
		int i = from;
		while (i < bytes.length && bytes[i] != '>') {
			if (bytes[i] == '"') {
				int start = ++i;
				while (i < bytes.length && bytes[i] != '"') {
					i++;
				}
				values.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
			}
			i++;
		}
		return i + 1;
	}

	private static boolean isBlank(byte[] bytes, int start, int end) {
		for (int i = start; i < end; i++) {
			if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\t') {
				return false;
			}
		}
		return true;
	}
}
