/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.FormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * A wrapping Forms hyperlink whose lines and underline are laid out by Pango (SWT's
 * {@link TextLayout}). Forms paints a wrapped link itself, line by line, spacing the lines and
 * placing the underline by the font's metrics; Japanese text falls back to Noto CJK, whose lines
 * are taller than those metrics, so the underline ran through the middle of the characters — a
 * guideline reference looked struck out — and wrapped lines crowded each other. Pango places an
 * underline under the glyphs it actually drew.
 */
public final class WrappedHyperlink extends Hyperlink {

	private WrappedHyperlink(Composite parent, int style) {
		super(parent, style | SWT.WRAP);
	}

	/** A wrapping link made and coloured as {@link FormToolkit#createHyperlink} makes one. */
	public static WrappedHyperlink create(FormToolkit toolkit, Composite parent, String text) {
		WrappedHyperlink link = new WrappedHyperlink(parent, toolkit.getOrientation());
		link.setText(text);
		toolkit.getHyperlinkGroup().add(link);
		return link;
	}

	@Override
	protected void paintText(GC gc, Rectangle bounds) {
		TextLayout layout = layout(bounds.width);
		try {
			// a disabled link is drawn faded, as Forms draws it
			gc.setForeground(isEnabled() ? getForeground()
					: new Color(FormColors.blend(getBackground().getRGB(), getForeground().getRGB(), 70)));
			layout.draw(gc, bounds.x, bounds.y);
		} finally {
			layout.dispose();
		}
	}

	@Override
	protected Point computeTextSize(int wHint, int hHint) {
		TextLayout layout = layout(wHint);
		try {
			Rectangle bounds = layout.getBounds();
			return new Point(bounds.width, bounds.height);
		} finally {
			layout.dispose();
		}
	}

	private TextLayout layout(int width) {
		TextLayout layout = new TextLayout(getDisplay());
		layout.setFont(getFont());
		layout.setOrientation(getOrientation());
		String text = getText() == null ? "" : getText(); //$NON-NLS-1$
		layout.setText(text);
		if (width > 0) {
			layout.setWidth(width);
		}
		if (isUnderlined() && !text.isEmpty()) {
			TextStyle underline = new TextStyle();
			underline.underline = true;
			underline.underlineStyle = SWT.UNDERLINE_SINGLE;
			layout.setStyle(underline, 0, text.length() - 1);
		}
		return layout;
	}
}
