/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.resource;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import jp.kansa.model.internal.io.KansaXmiResource;

/**
 * Creates the XMI resources that hold catalogs and engagements.
 * <p>
 * Files are read by {@link KansaXmiResource}, which never fetches what a file names and
 * refuses anything but UTF-8. References go through the {@code id} attribute; without an intrinsic id map EMF looks ids
 * up by walking the whole tree, which makes loading quadratic (measured: 20k objects 75 s).
 */
public class KansaResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new KansaXmiResource(uri);
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		resource.getDefaultLoadOptions().putAll(KansaResources.loadOptions());
		resource.getDefaultSaveOptions().putAll(KansaResources.saveOptions());
		resource.setEncoding(KansaResources.ENCODING);
		return resource;
	}

	/** Convenience for callers outside a resource set. */
	public static XMLResource create(URI uri) {
		return (XMLResource) new KansaResourceFactory().createResource(uri);
	}
}
