/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import jp.kansa.model.KansaPackage;
import jp.kansa.model.internal.io.LocalOnlyURIConverter;

/**
 * Load and save options shared by every Kansa file, and a resource set that uses them.
 */
public final class KansaResources {

	public static final String ENCODING = "UTF-8";

	/** File extension of the embedded 確認表 catalog. */
	public static final String CATALOG_EXTENSION = "kansacatalog";

	/**
	 * Namespace of model version 1.0 (catalog only). Version 1.1 added the engagement classes
	 * and changed nothing of the catalog, so 1.0 files load into the current package as they are.
	 */
	public static final String NS_URI_1_0 = "http://www.kansa.jp/model/kansa/1.0";

	/** File extension of audit engagements. */
	public static final String ENGAGEMENT_EXTENSION = "kansa";

	private KansaResources() {
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
		// a name-to-feature map per element class instead of a search through the class's
		// features for every element and attribute read
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		// A DOCTYPE can only bring external or expanding entities into a Kansa file: refuse it.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		// Unknown elements must fail the load, not vanish on the next save.
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}

	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, ENCODING);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		return options;
	}

	/**
	 * A resource set in which .kansa and .kansacatalog files load with the options above and which
	 * never reads anything but local files and bundle content.
	 */
	public static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.setURIConverter(new LocalOnlyURIConverter());
		KansaResourceFactory factory = new KansaResourceFactory();
		for (String extension : List.of(CATALOG_EXTENSION, ENGAGEMENT_EXTENSION, "xmi")) {
			resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(extension, factory);
		}
		resourceSet.getPackageRegistry().put(KansaPackage.eNS_URI, KansaPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(NS_URI_1_0, KansaPackage.eINSTANCE);
		return resourceSet;
	}
}
