/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * What went wrong in a load and where: EMF reports parse errors, unknown features and dangling
 * ids as different exceptions, wrapped to different depths; this finds the first that knows a
 * position.
 */
public record LoadProblem(String message, int line, int column) {

	public static LoadProblem of(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof XMIException xmi) {
				return new LoadProblem(withoutPosition(text(xmi), xmi), xmi.getLine(), xmi.getColumn());
			}
			if (t instanceof SAXParseException sax) {
				return new LoadProblem(text(sax), sax.getLineNumber(), sax.getColumnNumber());
			}
			if (t instanceof Resource.Diagnostic diagnostic) {
				return new LoadProblem(diagnostic.getMessage(), diagnostic.getLine(), diagnostic.getColumn());
			}
		}
		return new LoadProblem(text(error), -1, -1);
	}

	public static LoadProblem of(Resource.Diagnostic diagnostic) {
		return diagnostic instanceof Throwable t ? of(t)
				: new LoadProblem(diagnostic.getMessage(), diagnostic.getLine(), diagnostic.getColumn());
	}

	public boolean hasPosition() {
		return line > 0;
	}

	/** XMIException appends "(location, line, column)", which the caller shows its own way. */
	private static String withoutPosition(String message, XMIException xmi) {
		String suffix = " (" + xmi.getLocation() + ", " + xmi.getLine() + ", " + xmi.getColumn() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
	}

	private static String text(Throwable t) {
		Throwable root = t;
		// XMIException wraps the parser's message; the innermost one says what the parser saw
		while (root.getMessage() == null && root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
