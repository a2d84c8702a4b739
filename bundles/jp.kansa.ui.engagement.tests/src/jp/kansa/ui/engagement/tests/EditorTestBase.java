/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every test of the engagement editor starts from: a folder of its own for the files it
 * writes, and no editor left open for the next test (an open editor's dirty state or dialog would
 * decide how the next one goes).
 */
abstract class EditorTestBase {

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}
}
