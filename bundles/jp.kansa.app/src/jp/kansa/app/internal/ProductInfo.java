/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;

/**
 * What バージョン情報 says, read from the running installation rather than written down: the
 * product's version and build (the bundle qualifier Tycho stamps), the 確認表 edition and source
 * the embedded catalog carries, and the versions of the third-party parts actually loaded.
 */
final class ProductInfo {

	/** A third-party part: the bundle whose version is shown, its display name and licence. */
	record ThirdParty(String name, String bundle, String license) {
	}

	static final List<ThirdParty> THIRD_PARTY = List.of( //
			new ThirdParty("Eclipse Platform (RCP, SWT, JFace)", "org.eclipse.ui.workbench", "EPL-2.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new ThirdParty("Eclipse Modeling Framework (EMF)", "org.eclipse.emf.ecore", "EPL-2.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new ThirdParty("Apache POI", "org.apache.poi.poi", "Apache-2.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static final String LICENSE = "EPL-2.0"; //$NON-NLS-1$

	private ProductInfo() {
	}

	/** 0.1.0 of 0.1.0.v20261201-1015. */
	static String version() {
		Version version = FrameworkUtil.getBundle(ProductInfo.class).getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The build time from Tycho's qualifier (yyyyMMddHHmm, UTC) as 2026-12-01 10:36 UTC; other qualifiers as they are. */
	static String build() {
		String qualifier = FrameworkUtil.getBundle(ProductInfo.class).getVersion().getQualifier();
		if (!qualifier.matches("\\d{12}")) { //$NON-NLS-1$
			return qualifier;
		}
		return qualifier.substring(0, 4) + "-" + qualifier.substring(4, 6) + "-" + qualifier.substring(6, 8) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ qualifier.substring(8, 10) + ":" + qualifier.substring(10, 12) + " UTC"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The lines of the dialog's text, in the order shown. */
	static List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.aboutVersion, version(), build()));
		lines.add(NLS.bind(Messages.aboutLicense, LICENSE));
		lines.add(""); //$NON-NLS-1$
		lines.add(Messages.aboutCatalogHeading);
		try {
			Catalog catalog = EmbeddedCatalog.load();
			lines.add("  " + catalog.getTitle() + " " + catalog.getSubtitle()); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add("  " + NLS.bind(Messages.aboutCatalogEdition, catalog.getEdition())); //$NON-NLS-1$
			lines.add("  " + NLS.bind(Messages.aboutCatalogPublisher, catalog.getPublisher())); //$NON-NLS-1$
			lines.add("  " + NLS.bind(Messages.aboutCatalogSource, catalog.getSource())); //$NON-NLS-1$
		} catch (RuntimeException e) {
			lines.add("  " + NLS.bind(Messages.aboutCatalogUnavailable, e.getMessage())); //$NON-NLS-1$
		}
		lines.add(""); //$NON-NLS-1$
		lines.add(Messages.aboutThirdPartyHeading);
		for (ThirdParty part : THIRD_PARTY) {
			lines.add("  " + NLS.bind(Messages.aboutThirdPartyEntry, //$NON-NLS-1$
					new Object[] { part.name(), bundleVersion(part.bundle()), part.license() }));
		}
		return lines;
	}

	private static String bundleVersion(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		if (bundle == null) {
			return Messages.aboutNotInstalled;
		}
		Version version = bundle.getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
