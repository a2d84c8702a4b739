/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.emf.ui;

import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.layout.FormLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Gives the message line of a JFace title area (TitleAreaDialog, WizardDialog) the height of two
 * lines of Japanese.
 * <p>
 * JFace measures the message once, as the text {@code " \n "} in the dialog font, and gives every
 * message that height ({@code messageLabelHeight}, reapplied in a new FormData by each
 * setMessage/setErrorMessage). Japanese glyphs are not in the dialog font: they are drawn with
 * the fallback font (Noto Sans CJK), whose lines are taller, so the second line of a two-line
 * Japanese message was cut at the bottom. The fix measures the two lines with Japanese text in the
 * same control style and font and sets that height on the message's FormData after JFace has set
 * its own.
 */
public final class TitleMessageHeight {

	/** Marks a message control {@link #follow} already follows. */
	private static final String FOLLOWED = TitleMessageHeight.class.getName();

	/** Keeps, on a message control, the height {@link #twoLinesHigh} measured and the font it measured it in. */
	private static final String MEASURED = TitleMessageHeight.class.getName() + ".measured"; //$NON-NLS-1$

	/** Two lines that mix the scripts of a message: Latin (its ascent) and kana/kanji (the fallback font's lines). */
	private static final String TWO_LINES = "Ag\u3042\u6F22\n\u3042\u6F22Ag"; //$NON-NLS-1$

	private TitleMessageHeight() {
	}

	/** The message control of the title area among {@code contents}' children (the only Text JFace puts there), or null. */
	public static Text messageControl(Composite contents) {
		for (Control child : contents.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.WRAP) != 0) {
				return text;
			}
		}
		return null;
	}

	/**
	 * For a title area dialog the product does not create itself (the workbench's 新規 wizard
	 * dialog) or that is no wizard: fits its message line now and again after each change of the
	 * message. JFace sets the text (the Modify event) before it replaces the layout data, so the
	 * fit waits for the end of that change.
	 *
	 * @param dialogShell the shell of a TitleAreaDialog (or WizardDialog), once its contents exist
	 */
	public static void follow(Shell dialogShell) {
		for (Control child : dialogShell.getChildren()) {
			if (child instanceof Composite contents && contents.getLayout() instanceof FormLayout) {
				Text message = messageControl(contents);
				if (message != null && message.getData(FOLLOWED) == null) {
					message.setData(FOLLOWED, Boolean.TRUE);
					fit(message);
					message.addListener(SWT.Modify, e -> message.getDisplay().asyncExec(() -> fit(message)));
				}
				return;
			}
		}
	}

	/**
	 * Makes {@code message} (the title area's message control) two Japanese lines high, if JFace
	 * reserved less, and lays its parent out again. Called after each change of the message,
	 * since JFace replaces the layout data then.
	 */
	public static void fit(Text message) {
		if (message == null || message.isDisposed() || !(message.getLayoutData() instanceof FormData data)) {
			return;
		}
		int needed = twoLinesHigh(message);
		if (data.height >= needed) {
			return;
		}
		data.height = needed;
		message.getParent().layout(true);
		forgetClippedToolTip(message);
	}

	/**
	 * Two lines of Japanese in a scratch control with the message's style and font. Measured once
	 * per control and font: a wizard changes its message at every keystroke of a validated field.
	 */
	static int twoLinesHigh(Text message) {
		Font font = message.getFont();
		if (message.getData(MEASURED) instanceof Measured measured && measured.font().equals(font)) {
			return measured.height();
		}
		int height = measure(message, font);
		message.setData(MEASURED, new Measured(font, height));
		return height;
	}

	private record Measured(Font font, int height) {
	}

	private static int measure(Text message, Font font) {
		Text probe = new Text(message.getParent(), message.getStyle() & (SWT.WRAP | SWT.READ_ONLY | SWT.MULTI));
		try {
			probe.setFont(font);
			probe.setText(TWO_LINES);
			return probe.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		} finally {
			probe.dispose();
		}
	}

	/**
	 * JFace attaches a tool tip with the whole text when it finds the message clipped; measured
	 * with its too small height, that tip would pop up over a message that now shows whole.
	 */
	private static void forgetClippedToolTip(Text message) {
		if (!(message.getData() instanceof ToolTip tip)) {
			return;
		}
		Rectangle trim = message.computeTrim(0, 0, 0, 0);
		int needed = message.computeSize(Math.max(0, message.getSize().x - trim.width), SWT.DEFAULT, true).y;
		if (needed <= message.getSize().y) {
			tip.hide();
			tip.deactivate();
			message.setData(null);
		}
	}
}
