/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.team;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * Who makes a change: the auditor's 氏名 and メールアドレス from 設定 (the workbench) or the
 * command line. Every commit the product makes carries it as author and committer.
 */
public record Identity(String name, String email) {

	public Identity {
		name = name == null ? "" : name.strip(); //$NON-NLS-1$
		email = email == null ? "" : email.strip(); //$NON-NLS-1$
	}

	/** Both set: without them a commit would name nobody. */
	public boolean isComplete() {
		return !name.isEmpty() && !email.isEmpty();
	}

	/** Now, as git records a person. */
	public PersonIdent person() {
		return new PersonIdent(name, email);
	}
}
