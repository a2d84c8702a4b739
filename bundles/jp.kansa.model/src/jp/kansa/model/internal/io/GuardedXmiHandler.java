/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's reader follows whatever a file names: a reference into another document becomes a
 * proxy that is loaded on first use (from http://… or file:///etc/passwd), an
 * {@code xsi:schemaLocation} or an unknown namespace makes it fetch the URI to find the package.
 * A Kansa file is self-contained and uses only packages this product registers, so every such
 * reference is refused here, while parsing, with the element and its line; nothing is fetched.
 * <p>
 * It also refuses an id used twice: with the intrinsic id map the second silently wins, and the
 * user would see only a misleading "unresolved reference" or nothing at all.
 */
final class GuardedXmiHandler extends SAXXMIHandler {

	private record Place(String element, int line, int column) {
	}

	private final Map<String, Place> ids = new HashMap<>();

	GuardedXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected EPackage getPackageForURI(String uriString) {
		if (uriString == null) {
			return null;
		}
		EPackage known = packageRegistry.getEPackage(uriString);
		if (known == null || known.eIsProxy()) {
			refuse("file.unknownNamespace", currentElement(), uriString); //$NON-NLS-1$
			return null;
		}
		return known;
	}

	@Override
	protected void handleXSISchemaLocation(String schemaLocations) {
		refuse("file.schemaLocation", currentElement(), schemaLocations); //$NON-NLS-1$
	}

	@Override
	protected void handleXSINoNamespaceSchemaLocation(String schemaLocation) {
		refuse("file.schemaLocation", currentElement(), schemaLocation); //$NON-NLS-1$
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		if (!isSameDocument(URI.createURI(uriLiteral).trimFragment())) {
			refuse("file.crossDocument", currentElement(), uriLiteral); //$NON-NLS-1$
			return;
		}
		super.handleProxy(proxy, uriLiteral);
	}

	private boolean isSameDocument(URI document) {
		if (document.toString().isEmpty()) {
			return true;
		}
		try {
			return resourceURI != null && (document.equals(resourceURI)
					|| document.isRelative() && document.resolve(resourceURI).equals(resourceURI));
		} catch (IllegalArgumentException notHierarchical) {
			return false;
		}
	}

	@Override
	protected void setAttribValue(EObject object, String name, String value) {
		EAttribute id = object.eClass().getEIDAttribute();
		if (id != null && id.getName().equals(name)) {
			Place here = new Place(currentElement(), getLineNumber(), getColumnNumber());
			Place first = ids.putIfAbsent(value, here);
			if (first != null) {
				refuse("file.duplicateId", value, here.element(), first.element(), Integer.toString(first.line()),
						Integer.toString(first.column())); //$NON-NLS-1$
			}
		}
		super.setAttribValue(object, name, value);
	}

	private String currentElement() {
		Object name = elements.peek();
		return name == null ? "?" : name.toString(); //$NON-NLS-1$
	}

	private void refuse(String key, Object... arguments) {
		error(new XMIException(FileMessages.get(key, arguments), getLocation(), getLineNumber(), getColumnNumber()));
	}
}
