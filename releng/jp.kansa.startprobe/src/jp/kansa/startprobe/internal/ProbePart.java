/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.startprobe.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The probe's one part: a Label with Japanese text, so that the CJK font is loaded and drawn. */
public class ProbePart {

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		new Label(parent, SWT.CENTER).setText(Messages.partText);
		ProbePhases.partCreated();
	}
}
