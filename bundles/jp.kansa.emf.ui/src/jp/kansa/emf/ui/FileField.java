/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/**
 * A file path typed into a {@link Text} and the 参照… button beside it: what every wizard page that
 * asks for a file needs, written once so that they all read a typed path and open the chooser the
 * same way.
 */
public final class FileField {

	/**
	 * What the chooser behind a 参照… button is for.
	 *
	 * @param style             {@link SWT#OPEN} or {@link SWT#SAVE}
	 * @param title             the chooser's title, which says what the file is for (the tests
	 *                          also find the native chooser by it)
	 * @param extensions        the chooser's filter, e.g. {@code "*.xlsx"}
	 * @param requiredExtension appended to a chosen name that lacks it (e.g. {@code ".kansa"}),
	 *                          or null to take the name as chosen
	 * @param startFolder       where the chooser opens when the field holds no usable path; may
	 *                          return null
	 */
	public record Chooser(int style, String title, String[] extensions, String requiredExtension,
			Supplier<Path> startFolder) {
	}

	private FileField() {
	}

	/**
	 * The path typed into a field: trimmed, absolute and normalised; null when the field is empty
	 * or its text is no path on this system (a NUL character, for instance).
	 */
	public static Path typedPath(Text field) {
		return typedPath(field.getText());
	}

	/** {@link #typedPath(Text)} for a text already read from its field. */
	public static Path typedPath(String text) {
		String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return Path.of(trimmed).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/**
	 * Adds a push button labelled {@code label} to {@code parent} that opens a file chooser and
	 * puts the chosen file into {@code field}. The chooser opens in the folder of the path already
	 * typed (with its name proposed when saving), else in the chooser's start folder.
	 */
	public static Button addBrowseButton(Composite parent, Text field, String label, Chooser chooser) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> {
			String chosen = open(field, chooser);
			if (chosen != null) {
				field.setText(withExtension(chosen, chooser.requiredExtension()));
			}
		});
		return button;
	}

	private static String open(Text field, Chooser chooser) {
		FileDialog dialog = new FileDialog(field.getShell(), chooser.style());
		dialog.setText(chooser.title());
		dialog.setFilterExtensions(chooser.extensions());
		Path current = typedPath(field);
		Path folder = current != null ? current.getParent() : null;
		if (folder == null && chooser.startFolder() != null) {
			folder = chooser.startFolder().get();
		}
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		if (current != null && (chooser.style() & SWT.SAVE) != 0 && current.getFileName() != null) {
			dialog.setFileName(current.getFileName().toString());
		}
		return dialog.open();
	}

	/** The chosen name with the required extension added when it lacks it. */
	public static String withExtension(String chosen, String requiredExtension) {
		return requiredExtension == null || chosen.endsWith(requiredExtension) ? chosen : chosen + requiredExtension;
	}
}
