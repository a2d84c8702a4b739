/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The JVM + GTK floor: no OSGi, no e4, started by releng/measure-e4-floor.sh with a plain class
 * path of this jar and SWT's. One 1600×1000 shell with the part's Japanese Label, the same
 * phases and the same ready line. The text comes from the same messages files, read without
 * OSGi's NLS (not on this class path).
 */
public final class PlainSwtProbe {

	private PlainSwtProbe() {
	}

	public static void main(String[] args) {
		ProbePhases.mark(ProbePhases.APPLICATION);
		ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE_NAME, Locale.forLanguageTag(System.getProperty("kansa.nl", "ja"))); //$NON-NLS-1$ //$NON-NLS-2$
		Display display = new Display();
		ProbePhases.mark(ProbePhases.DISPLAY);
		Shell shell = new Shell(display);
		shell.setText(text.getString("windowTitle")); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		new Label(shell, SWT.CENTER).setText(text.getString("partText")); //$NON-NLS-1$
		ProbePhases.partCreated();
		shell.setSize(1600, 1000);
		shell.open();
		ProbePhases.mark(ProbePhases.WINDOW);
		display.asyncExec(() -> {
			ProbePhases.reportReady("swt"); //$NON-NLS-1$
			if (ProbePhases.exitWhenReady()) {
				shell.dispose();
			}
		});
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}
}
