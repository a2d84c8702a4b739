/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import jp.kansa.team.internal.HostKeyQuestion;
import jp.kansa.ui.testing.UiTestSupport;
import jp.kansa.ui.testing.UserEvents;

/**
 * The question an SSH connection asks about a server seen for the first time, as the workbench
 * shows it (the credentials provider of チーム > 同期 / 共有 / 取り込む, asked from the job's thread as
 * KnownHosts asks it): the server and the key's fingerprint in the auditor's language, 接続しない
 * the default (Enter refuses), trust only by choosing 信頼して接続.
 */
class SshHostKeyQuestionTest {

	private static final String HOST = "[git.minato.example]:2222";
	private static final String FINGERPRINT = "SHA256:n4Kx0ZpQe1d7r0k8Zs3m3oU1x2e8YwR0wJv4m2bq9aE";

	@Test
	void enterRefusesTheUnknownServer() {
		List<String> seen = new ArrayList<>();
		boolean trusted = ask(seen, shell -> {
			UserEvents.activate(shell);
			UiTestSupport.screenshot(shell, "ssh-host-key-question");
			UserEvents.key(shell.getDisplay(), 0, SWT.CR);
		});
		assertFalse(trusted, "the default answer is 接続しない");
		String all = String.join("\n", seen);
		assertTrue(all.contains(NLS.bind(Messages.hostKeyTitle, HOST)), all);
		assertTrue(all.contains(FINGERPRINT) && all.contains("ssh-ed25519") && all.contains(HOST), all);
		assertTrue(all.contains(Messages.hostKeyTrust.replace("&", "")) && all.contains(Messages.hostKeyRefuse.replace("&", "")),
				all);
	}

	@Test
	void trustIsAClickOnTrustAndConnect() {
		List<String> seen = new ArrayList<>();
		boolean trusted = ask(seen, shell -> UserEvents.click(button(shell, Messages.hostKeyTrust)));
		assertTrue(trusted);
	}

	/** Asks from a worker thread, as the SSH handshake does; {@code answer} acts on the dialog as a user. */
	private static boolean ask(List<String> seen, Consumer<Shell> answer) {
		Display display = Display.getCurrent();
		CredentialsProvider provider = TeamUi.credentials(display);
		assertNotNull(provider);
		HostKeyQuestion question = new HostKeyQuestion(HOST, "ssh-ed25519", FINGERPRINT);
		AtomicReference<Boolean> result = new AtomicReference<>();
		Thread handshake = new Thread(() -> {
			try {
				provider.get(new URIish().setScheme("ssh").setHost("git.minato.example").setPort(2222), question);
				result.set(Boolean.valueOf(question.trusted()));
			} catch (RuntimeException e) {
				result.set(Boolean.FALSE);
			}
		}, "ssh handshake");
		handshake.start();
		boolean[] answered = { false };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			if (result.get() != null || answered[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && NLS.bind(Messages.hostKeyTitle, HOST).equals(shell.getText())) {
					answered[0] = true;
					StringBuilder texts = new StringBuilder(shell.getText()).append('\n');
					collect(shell, texts);
					seen.add(texts.toString());
					answer.accept(shell);
					return;
				}
			}
			display.timerExec(100, tick[0]);
		};
		display.timerExec(100, tick[0]);
		UiTestSupport.waitUntil(() -> result.get() != null, 30_000);
		assertNotNull(result.get(), "the question was answered");
		assertEquals(1, seen.size(), "one dialog");
		return result.get().booleanValue();
	}

	private static Button button(Composite parent, String text) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && text.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite child) {
				Button found = button(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(Composite parent, StringBuilder texts) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Label l) {
				texts.append(l.getText()).append('\n');
			} else if (c instanceof Button b) {
				texts.append(b.getText().replace("&", "")).append('\n');
			}
			if (c instanceof Composite child) {
				collect(child, texts);
			}
		}
	}
}
