/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;

import jp.kansa.model.internal.io.BoundedDigest;

/**
 * Validation re-runs on every edit; re-hashing every evidence PDF each time would make typing
 * slow, so a hash is reused while the file's size and modification time are unchanged.
 */
public final class FileHashCache {

	private record Stamp(long size, FileTime modified) {
	}

	private record Entry(Stamp stamp, String sha256) {
	}

	private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

	public String sha256(Path file, BoundedDigest digest, IProgressMonitor monitor) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime());
		Entry entry = entries.get(file);
		if (entry != null && entry.stamp().equals(stamp)) {
			return entry.sha256();
		}
		String sha256 = digest.sha256(file, monitor);
		entries.put(file, new Entry(stamp, sha256));
		return sha256;
	}
}
