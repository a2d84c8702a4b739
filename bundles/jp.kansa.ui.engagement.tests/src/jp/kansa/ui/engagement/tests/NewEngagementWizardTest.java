/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import jp.kansa.ui.engagement.internal.i18n.Messages;
import jp.kansa.ui.testing.UserEvents;

/** The new-engagement wizard says what to do before the user types, and what is wrong only after. */
class NewEngagementWizardTest {

	@Test
	void noErrorBeforeTheUserTypesThenErrorsForWhatTheyTyped() {
		NewEngagementWizards.inWizard(page -> {
			Button finish = NewEngagementWizards.finish(page);

			assertNull(page.getErrorMessage(), "no error before the user has typed anything"); //$NON-NLS-1$
			assertEquals(Messages.Wizard_nameMissing, page.getMessage(), "a neutral hint says what comes first"); //$NON-NLS-1$
			assertFalse(finish.isEnabled(), "nothing to finish yet"); //$NON-NLS-1$
			Workbench.screenshot(page.getShell(), "new-engagement-wizard-initial"); //$NON-NLS-1$

			// the user types a name and takes it back: now it is an error
			Display display = page.getShell().getDisplay();
			UserEvents.click(page.nameField());
			assertTrue(page.nameField().isFocusControl(), "the click put the caret into the name"); //$NON-NLS-1$
			UserEvents.type(display, "x"); //$NON-NLS-1$
			assertEquals("x", page.nameField().getText()); //$NON-NLS-1$
			assertNull(page.getErrorMessage(), "the name is there; the institution was not touched yet"); //$NON-NLS-1$
			UserEvents.key(display, 0, SWT.BS);
			assertEquals(Messages.Wizard_nameMissing, page.getErrorMessage());

			// a touched date that is no date is an error at once
			UserEvents.type(display, "Audit"); //$NON-NLS-1$
			page.institutionField().setText("みなと病院"); // Japanese: no input method under Xvfb //$NON-NLS-1$
			UserEvents.click(page.referenceDateField());
			UserEvents.key(display, 0, SWT.END);
			UserEvents.type(display, "x"); //$NON-NLS-1$
			assertEquals(Messages.Wizard_dateInvalid, page.getErrorMessage());
			assertFalse(finish.isEnabled());
		});
	}
}
