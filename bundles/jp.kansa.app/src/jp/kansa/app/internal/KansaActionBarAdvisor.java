/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu: ファイル (新規, save, contributions such as エンゲージメントを開く), 編集 (undo/redo of
 * the active editor), ウィンドウ, ヘルプ, each open to contributions.
 */
public class KansaActionBarAdvisor extends ActionBarAdvisor {

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
		IWorkbenchAction newWizard = ActionFactory.NEW.create(window);
		newWizard.setText(Messages.menuNewOther);
		register(newWizard);
		register(ActionFactory.RESET_PERSPECTIVE.create(window));
		register(ActionFactory.PREFERENCES.create(window));
		register(ActionFactory.ABOUT.create(window));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.menuNew, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		newMenu.add(new Separator());
		newMenu.add(getAction(ActionFactory.NEW.getId()));
		file.add(newMenu);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
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
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(getAction(ActionFactory.ABOUT.getId()));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(windowMenu);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}
}
