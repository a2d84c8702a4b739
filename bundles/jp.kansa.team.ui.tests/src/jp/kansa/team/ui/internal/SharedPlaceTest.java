/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared place as 共有's dialog reads it: where 参照… starts, which folders it refuses, and an
 * empty chosen folder made the shared repository.
 */
class SharedPlaceTest {

	private static final Path HOME = Path.of(System.getProperty("user.home")); //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void theChooserStartsAtTheTypedFolderOrTheNearestOneAboveElseHome() throws Exception {
		Path share = Files.createDirectories(temp.resolve("audit")); //$NON-NLS-1$
		assertEquals(share, SharedPlace.startFolder(" " + share + " ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(share, SharedPlace.startFolder(share.resolve("minato.git/not/yet").toString()), //$NON-NLS-1$
				"a place that does not exist yet: the nearest folder that does"); //$NON-NLS-1$
		assertEquals(HOME, SharedPlace.startFolder("")); //$NON-NLS-1$
		assertEquals(HOME, SharedPlace.startFolder("https://git.example.org/audit/minato.git")); //$NON-NLS-1$
		assertEquals(HOME, SharedPlace.startFolder("git@git.example.org:audit/minato.git")); //$NON-NLS-1$
	}

	@Test
	void onlyAFolderWithOtherFilesThatIsNoRepositoryIsRefused() throws Exception {
		Path crowded = Files.createDirectories(temp.resolve("crowded")); //$NON-NLS-1$
		Files.writeString(crowded.resolve("memo.txt"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(crowded, SharedPlace.unusableFolder(crowded.toString()));

		Path empty = Files.createDirectories(temp.resolve("empty")); //$NON-NLS-1$
		assertNull(SharedPlace.unusableFolder(empty.toString()), "an empty folder"); //$NON-NLS-1$
		assertNull(SharedPlace.unusableFolder(temp.resolve("new.git").toString()), "a place share creates"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(SharedPlace.unusableFolder("ssh://host/audit.git"), "an address"); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(SharedPlace.unusableFolder(""), "empty: share later"); //$NON-NLS-1$ //$NON-NLS-2$
		Path bare = temp.resolve("team.git"); //$NON-NLS-1$
		Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
		assertNull(SharedPlace.unusableFolder(bare.toString()), "the team's shared repository"); //$NON-NLS-1$
	}

	@Test
	void anEmptyFolderBecomesABareRepositoryAndAnythingElseIsLeftAlone() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("empty")); //$NON-NLS-1$
		SharedPlace.prepare(empty.toString());
		try (Git git = Git.open(empty.toFile())) {
			assertTrue(git.getRepository().isBare());
			assertEquals("main", git.getRepository().getBranch()); //$NON-NLS-1$
		}
		Path crowded = Files.createDirectories(temp.resolve("crowded")); //$NON-NLS-1$
		Files.writeString(crowded.resolve("memo.txt"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
		SharedPlace.prepare(crowded.toString());
		SharedPlace.prepare(temp.resolve("absent").toString()); //$NON-NLS-1$
		SharedPlace.prepare("https://git.example.org/audit.git"); //$NON-NLS-1$
		try (var files = Files.list(crowded)) {
			assertEquals(1, files.count(), "a folder with files is not touched"); //$NON-NLS-1$
		}
		assertTrue(!Files.exists(temp.resolve("absent")), "a missing place is left to the share itself"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
