/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kansa.model.internal.io.KansaXmiResource;

/** The loader reads a file into one array of the size its stream announces, and still every byte when the announcement is wrong. */
class ReadAllTest {

	@TempDir
	Path folder;

	@Test
	void aFileIsReadWhole() throws IOException {
		byte[] content = content(3_000_017);
		Path file = folder.resolve("a.kansa");
		Files.write(file, content);
		try (InputStream in = Files.newInputStream(file)) {
			assertArrayEquals(content, KansaXmiResource.readAll(in));
		}
	}

	@Test
	void aStreamThatAnnouncesTooFewOrTooManyBytesOrNoneIsReadWhole() throws IOException {
		byte[] content = content(100_003);
		for (int announced : new int[] { 0, 1, 5_000, 100_002, 100_003, 100_004, 7_000_000 }) {
			assertArrayEquals(content, KansaXmiResource.readAll(announcing(content, announced)), "announced " + announced);
		}
	}

	private static InputStream announcing(byte[] content, int announced) {
		return new ByteArrayInputStream(content) {
			@Override
			public synchronized int available() {
				return announced;
			}
		};
	}

	private static byte[] content(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}
}
