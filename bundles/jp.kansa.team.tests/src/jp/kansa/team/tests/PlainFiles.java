/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proves a secret was written to no plain file: every file under the given folders is read (as
 * UTF-8 and as Latin-1 bytes) and must not contain it. Secrets are random per run, so a file
 * older than the test cannot hold one; in the home folder only the tool folders that hold
 * gigabytes of unrelated packages are skipped.
 */
final class PlainFiles {

	private static final Set<String> UNRELATED = Set.of(".m2", ".rustup", ".cargo", ".pyenv", ".npm", "node_modules");
	private static final long MAX_SIZE = 16L << 20;

	private PlainFiles() {
	}

	static void assertNowhere(String secret, Path... folders) throws IOException {
		List<Path> holding = new ArrayList<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return UNRELATED.contains(String.valueOf(dir.getFileName())) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && attrs.size() <= MAX_SIZE) {
						try {
							byte[] bytes = Files.readAllBytes(file);
							if (new String(bytes, StandardCharsets.UTF_8).contains(secret)
									|| new String(bytes, StandardCharsets.ISO_8859_1).contains(secret)) {
								holding.add(file);
							}
						} catch (IOException e) {
							// unreadable (a socket, a file being deleted): it holds nothing of ours
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException exc) {
					return FileVisitResult.CONTINUE;
				}
			});
		}
		if (!holding.isEmpty()) {
			fail("the secret is in plain files: " + holding);
		}
	}
}
