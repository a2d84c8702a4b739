/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import jp.kansa.model.Catalog;
import jp.kansa.model.resource.KansaResources;

/**
 * Serialises the catalog the same way every time: the shared Kansa save options, "\n" line ends,
 * references by id, no UUIDs or dates. The committed catalog is compared byte for byte with a
 * fresh import, so any drift in the seed or the importer shows up as a test failure.
 */
public final class CatalogWriter {

	/** The resource URI only names the resource; nothing is read from or written to it. */
	private static final URI MEMORY_URI = URI.createURI("memory:/kakuninhyo." + KansaResources.CATALOG_EXTENSION);

	private CatalogWriter() {
	}

	/**
	 * The XMI bytes of {@code catalog}. A catalog that is not yet in a resource is put into a fresh
	 * one (and stays there); one already in a resource is serialised from that resource.
	 */
	public static byte[] toBytes(Catalog catalog) throws IOException {
		Resource resource = catalog.eResource();
		if (resource == null) {
			resource = KansaResources.createResourceSet().createResource(MEMORY_URI);
			resource.getContents().add(catalog);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, KansaResources.saveOptions());
		return out.toByteArray();
	}

	public static void write(Catalog catalog, Path file) throws IOException {
		createParent(file);
		Files.write(file, toBytes(catalog));
	}

	public static void writeDataQuality(String markdown, Path file) throws IOException {
		createParent(file);
		Files.writeString(file, markdown, StandardCharsets.UTF_8);
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}
}
