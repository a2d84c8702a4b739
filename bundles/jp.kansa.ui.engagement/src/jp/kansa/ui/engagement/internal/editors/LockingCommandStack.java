/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.concurrent.locks.ReadWriteLock;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The editor's command stack: every change it makes to the model (execute, undo, redo, with the
 * listeners it tells) holds the write lock, so that validation can copy the model on a worker
 * under the read lock and never see half a command. The UI thread waits only if it edits while a
 * copy is being made (tens of milliseconds at 200 contracts).
 */
final class LockingCommandStack extends BasicCommandStack {

	private final ReadWriteLock lock;

	LockingCommandStack(ReadWriteLock lock) {
		this.lock = lock;
	}

	@Override
	public void execute(Command command) {
		lock.writeLock().lock();
		try {
			super.execute(command);
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public void undo() {
		lock.writeLock().lock();
		try {
			super.undo();
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public void redo() {
		lock.writeLock().lock();
		try {
			super.redo();
		} finally {
			lock.writeLock().unlock();
		}
	}
}
