/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an evidence path leads, judged without ever looking outside the engagement folder.
 * <p>
 * An evidence file must be inside the folder: a path that is absolute, climbs out with
 * {@code ..}, or passes a link leading out is refused before the file system is asked anything
 * about the outside, so a hostile .kansa file cannot learn whether /etc/shadow exists (nor make
 * the validation read /proc/kmsg). Links are followed one component at a time and only while
 * they stay inside; the file found must be a regular file (not a folder, pipe, device or socket,
 * which would block a reader or never end).
 */
public record EvidenceLocation(Problem problem, Path file) {

	/** Why an evidence path cannot be read, or {@link #NONE}. */
	public enum Problem {
		NONE, NO_PATH, ABSOLUTE, PARENT_ESCAPE, LINK_OUTSIDE, NOT_REGULAR, MISSING;

		/** Whether the path leads (or could lead) outside the engagement folder. */
		public boolean isOutside() {
			return this == ABSOLUTE || this == PARENT_ESCAPE || this == LINK_OUTSIDE;
		}
	}

	/** Deeper chains of links are refused, like the kernel's ELOOP. */
	private static final int MAX_LINKS = 40;
	private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:|//|\\\\\\\\).*"); //$NON-NLS-1$

	public boolean isInside() {
		return problem == Problem.NONE;
	}

	public static EvidenceLocation of(Path engagementFolder, String path) {
		if (path == null || path.isBlank()) {
			return new EvidenceLocation(Problem.NO_PATH, null);
		}
		if (path.startsWith("/") || path.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(path).matches()) { //$NON-NLS-1$ //$NON-NLS-2$
			return new EvidenceLocation(Problem.ABSOLUTE, null);
		}
		List<String> parts = split(path);
		if (climbsOut(parts)) {
			return new EvidenceLocation(Problem.PARENT_ESCAPE, null);
		}
		Path root;
		try {
			root = engagementFolder.toRealPath();
		} catch (IOException e) {
			return new EvidenceLocation(Problem.MISSING, null);
		}
		return walk(root, new ArrayDeque<>(parts));
	}

	private static EvidenceLocation walk(Path root, Deque<String> todo) {
		Path current = root;
		int links = 0;
		while (!todo.isEmpty()) {
			String name = todo.removeFirst();
			if (name.equals("..")) { //$NON-NLS-1$
				current = current.getParent();
				if (current == null || !current.startsWith(root)) {
					return new EvidenceLocation(Problem.LINK_OUTSIDE, null); // only a link's target can get here
				}
				continue;
			}
			Path next = current.resolve(name);
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			} catch (IOException e) {
				return new EvidenceLocation(Problem.MISSING, next);
			}
			if (!attributes.isSymbolicLink()) {
				current = next;
				continue;
			}
			if (++links > MAX_LINKS) {
				return new EvidenceLocation(Problem.LINK_OUTSIDE, null);
			}
			Path target;
			try {
				target = Files.readSymbolicLink(next);
			} catch (IOException e) {
				return new EvidenceLocation(Problem.MISSING, next);
			}
			if (target.isAbsolute()) {
				if (!target.startsWith(root)) {
					return new EvidenceLocation(Problem.LINK_OUTSIDE, null);
				}
				target = root.relativize(target);
			}
			List<String> targetParts = split(target.toString());
			for (int i = targetParts.size() - 1; i >= 0; i--) {
				todo.addFirst(targetParts.get(i));
			}
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(current, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			return attributes.isRegularFile() ? new EvidenceLocation(Problem.NONE, current)
					: new EvidenceLocation(Problem.NOT_REGULAR, null);
		} catch (IOException e) {
			return new EvidenceLocation(Problem.MISSING, current);
		}
	}

	/** Components of a path written with / or \ (a file written on Windows), without empty and "." ones. */
	private static List<String> split(String path) {
		List<String> parts = new ArrayList<>();
		for (String part : path.split("[/\\\\]")) { //$NON-NLS-1$
			if (!part.isEmpty() && !part.equals(".")) { //$NON-NLS-1$
				parts.add(part);
			}
		}
		return parts;
	}

	private static boolean climbsOut(List<String> parts) {
		int depth = 0;
		for (String part : parts) {
			depth += part.equals("..") ? -1 : 1; //$NON-NLS-1$
			if (depth < 0) {
				return true;
			}
		}
		return false;
	}
}
