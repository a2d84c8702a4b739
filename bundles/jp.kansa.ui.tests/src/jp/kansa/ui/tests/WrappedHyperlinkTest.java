/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.internal.views.WrappedHyperlink;

/**
 * A guideline reference in 詳細 is underlined below its Japanese characters, not through them:
 * the link is drawn with its underline and without, and the rows that differ (the underline) must
 * lie at the bottom of the rows the characters fill. Forms' own wrapping link, measured the same
 * way, crosses the characters — which is why 詳細 does not use it.
 */
class WrappedHyperlinkTest {

	private static final String REFERENCE = "経営管理編5.1 (表題未確認: 草案)"; //$NON-NLS-1$

	private Shell shell;
	private FormToolkit toolkit;

	@BeforeEach
	void open() {
		Display display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new GridLayout());
		toolkit = new FormToolkit(display);
	}

	@AfterEach
	void close() {
		shell.dispose();
		toolkit.dispose();
	}

	@Test
	void theUnderlineRunsBelowTheJapaneseCharacters() {
		Rows rows = measure(WrappedHyperlink.create(toolkit, shell, REFERENCE));
		Workbench.screenshot(shell, "wrapped-hyperlink"); //$NON-NLS-1$
		assertTrue(rows.depth() >= 0.75, () -> "the underline is at row " + rows.underline() + ", the characters fill rows " //$NON-NLS-1$ //$NON-NLS-2$
				+ rows.glyphsTop() + "–" + rows.glyphsBottom()); //$NON-NLS-1$
	}

	@Test
	void formsOwnWrappingLinkCrossesThem() {
		Rows rows = measure(toolkit.createHyperlink(shell, REFERENCE, SWT.WRAP));
		Workbench.screenshot(shell, "forms-hyperlink"); //$NON-NLS-1$
		assertTrue(rows.depth() < 0.6, () -> "Forms' underline at row " + rows.underline() + ", the characters at " //$NON-NLS-1$ //$NON-NLS-2$
				+ rows.glyphsTop() + "–" + rows.glyphsBottom() + ": if it no longer crosses them, WrappedHyperlink can go"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The first row of the underline, and the rows the characters fill without it (down to the
	 * parentheses' descent, which an underline rightly crosses).
	 */
	private record Rows(int underline, int glyphsTop, int glyphsBottom) {
		/** How far down the characters the underline runs: 0 at their top, 1 at their lowest row. */
		double depth() {
			return (underline - glyphsTop) / (double) Math.max(1, glyphsBottom - glyphsTop);
		}
	}

	private Rows measure(Hyperlink link) {
		link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		shell.setSize(600, 120);
		shell.open();
		Workbench.spin();
		link.setUnderlined(true);
		ImageData underlined = print(link);
		link.setUnderlined(false);
		ImageData plain = print(link);
		int background = plain.getPixel(0, 0);
		int top = -1;
		int bottom = -1;
		int underline = -1;
		for (int y = 0; y < plain.height; y++) {
			for (int x = 0; x < plain.width; x++) {
				if (plain.getPixel(x, y) != background) {
					top = top < 0 ? y : top;
					bottom = y;
				}
				if (underline < 0 && underlined.getPixel(x, y) != plain.getPixel(x, y)) {
					underline = y;
				}
			}
		}
		assertTrue(top >= 0 && underline >= 0, "the link drew its text and its underline"); //$NON-NLS-1$
		return new Rows(underline, top, bottom);
	}

	private static ImageData print(Hyperlink link) {
		link.redraw();
		Workbench.spin();
		Point size = link.getSize();
		Image image = new Image(link.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			link.print(gc);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}
}
