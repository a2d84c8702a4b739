/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * ウィンドウ > 設定 > 監査ワークベンチ: who the auditor is (name and e-mail, the identity a sign-off
 * and a new engagement's team start from), the default 作成者/査閲者 of a new engagement, and a
 * note on how the display language is chosen. Stored in the workspace preferences of this bundle
 * ({@link KansaPreferences}), where other bundles read them through the preferences service.
 */
public final class KansaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "jp.kansa.app.preferences"; //$NON-NLS-1$

	public KansaPreferencePage() {
		super(GRID);
		setDescription(Messages.preferencesDescription);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, KansaPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(KansaPreferences.AUDITOR_NAME, Messages.preferencesAuditorName, getFieldEditorParent()));
		addField(new EmailFieldEditor(KansaPreferences.AUDITOR_EMAIL, Messages.preferencesAuditorEmail, getFieldEditorParent()));
		addField(new StringFieldEditor(KansaPreferences.DEFAULT_PREPARER, Messages.preferencesDefaultPreparer, getFieldEditorParent()));
		addField(new StringFieldEditor(KansaPreferences.DEFAULT_REVIEWER, Messages.preferencesDefaultReviewer, getFieldEditorParent()));
		addField(new BooleanFieldEditor(KansaPreferences.SYNC_AFTER_SAVE, Messages.preferencesSyncAfterSave, getFieldEditorParent()));
		Label language = new Label(getFieldEditorParent(), SWT.WRAP);
		language.setText(Messages.preferencesLanguageNote);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wide.widthHint = convertWidthInCharsToPixels(60);
		wide.verticalIndent = convertHeightInCharsToPixels(1);
		language.setLayoutData(wide);
	}

	/** An e-mail address or nothing: a typo here would end up on every sign-off. */
	private static final class EmailFieldEditor extends StringFieldEditor {

		EmailFieldEditor(String name, String label, org.eclipse.swt.widgets.Composite parent) {
			super(name, label, parent);
			setEmptyStringAllowed(true);
			setErrorMessage(Messages.preferencesAuditorEmailInvalid);
		}

		@Override
		protected boolean doCheckState() {
			return KansaPreferences.isEmailAddress(getStringValue());
		}
	}
}
