/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * The main menu: ファイル (新規, contributions such as エンゲージメントを開く, 最近使ったファイル, save,
 * 終了), 編集 (undo/redo of the active editor), ウィンドウ (ビューの表示, パースペクティブのリセット,
 * 設定), ヘルプ (バージョン情報), each open to contributions. The platform's labels come in Japanese
 * from the jp.kansa.nl.ja.* fragments.
 */
public class KansaActionBarAdvisor extends ActionBarAdvisor {

	/** Not ActionFactory.ABOUT: the platform's About dialog says nothing of the 確認表 and is English. */
	static final String ABOUT_ID = "jp.kansa.app.about"; //$NON-NLS-1$

	static final String PREFERENCES_ID = "jp.kansa.app.openPreferences"; //$NON-NLS-1$

	private IAction about;
	private IAction preferences;

	public KansaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		register(ActionFactory.QUIT.create(window));
		register(ActionFactory.SAVE.create(window));
		register(ActionFactory.SAVE_AS.create(window));
		register(ActionFactory.UNDO.create(window));
		register(ActionFactory.REDO.create(window));
		// the 新規 shortlist brings its own その他… (Ctrl+N); this registration only keeps the key binding's action
		register(ActionFactory.NEW.create(window));
		register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = new Action(Messages.menuPreferences) {
			@Override
			public void run() {
				// on the product's own page, whatever page was shown last (the IDE's when tests run)
				PreferencesUtil.createPreferenceDialogOn(window.getShell(), KansaPreferencePage.ID, null, null).open();
			}
		};
		preferences.setId(PREFERENCES_ID);
		register(preferences);
		about = new Action(Messages.menuAbout) {
			@Override
			public void run() {
				new AboutDialog(window.getShell()).open();
			}
		};
		about.setId(ABOUT_ID);
		register(about);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.menuNew, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(RecentFilesMenu.create(window, new RecentFiles()));
		file.add(new Separator());
		file.add(getAction(ActionFactory.SAVE.getId()));
		file.add(getAction(ActionFactory.SAVE_AS.getId()));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));
		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager windowMenu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(preferences);
		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(windowMenu);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}
}
