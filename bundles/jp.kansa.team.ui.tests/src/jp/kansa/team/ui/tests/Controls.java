/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The controls of a dialog the tests read and click, found by type and by what they show. */
final class Controls {

	private Controls() {
	}

	/** The first control of {@code type} under {@code root} that {@code which} accepts; fails when there is none. */
	static <T extends Control> T find(Control root, Class<T> type, Predicate<T> which) {
		return find(root, type, which, true).get(0);
	}

	/** Every such control, in tree order; fails on none when {@code required}. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> which, boolean required) {
		List<T> found = new ArrayList<>();
		collect(root, type, which, found);
		if (required && found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " in " + root); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> which, List<T> into) {
		if (type.isInstance(control) && which.test(type.cast(control))) {
			into.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, which, into);
			}
		}
	}
}
