/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import jp.kansa.model.changelog.ChangeLogRecords;

/**
 * The XMI resource of every Kansa file: checks the encoding before the parser sees a byte
 * ({@link EncodingCheck}) and parses with {@link GuardedXmiHandler}, which never fetches
 * anything a file names.
 */
public class KansaXmiResource extends XMIResourceImpl {

	/** Far above any real engagement (200 contracts × 54 check points is about 6 MB). */
	static final long MAX_BYTES = 512L * 1024 * 1024;

	/**
	 * Load option: {@code Boolean.TRUE} reads an engagement in the form Kansa writes with
	 * {@link FastEngagementReader}; whatever that reader does not know for sure goes through EMF's
	 * load as without the option.
	 */
	public static final String OPTION_FAST_READ = "jp.kansa.model.fastRead"; //$NON-NLS-1$

	public KansaXmiResource(URI uri) {
		super(uri);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new KansaXmiHelper(this);
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new GuardedXmiHandler(resource, helper, options);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		byte[] bytes = readAll(inputStream);
		if (bytes.length > MAX_BYTES) {
			throw new IOException(FileMessages.get("file.tooLarge", Long.toString(MAX_BYTES / (1024 * 1024)))); //$NON-NLS-1$
		}
		// a file the fast reader reads is UTF-8 throughout (it checks every byte), so it needs no
		// encoding check; anything else gets the check and EMF's load, and their messages
		if (!(options != null && Boolean.TRUE.equals(options.get(OPTION_FAST_READ)) && readFast(bytes))) {
			try {
				EncodingCheck.check(bytes, getURI() == null ? null : getURI().toString());
			} catch (XMIException e) {
				getErrors().add(e);
				throw new IOWrappedException(e);
			}
			super.doLoad(new ByteArrayInputStream(bytes), options);
		}
		ChangeLogRecords.read(this);
	}

	/** What EMF's load leaves in the resource, from the fast reader; {@code false} if it gave up. */
	private boolean readFast(byte[] bytes) {
		EObject root = FastEngagementReader.read(bytes, createXMLHelper());
		if (root == null) {
			return false;
		}
		setXMLVersion("1.0"); //$NON-NLS-1$
		setEncoding("UTF-8"); //$NON-NLS-1$
		getContents().add(root);
		return true;
	}

	/**
	 * The whole file, at most {@link #MAX_BYTES} + 1 bytes. A file's stream knows how many bytes
	 * remain, so they are read into one array of that size: reading in chunks and joining them
	 * allocated and copied a large engagement twice.
	 */
	public static byte[] readAll(InputStream inputStream) throws IOException {
		int limit = (int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8);
		int expected = inputStream.available();
		if (expected <= 0 || expected >= limit) {
			return inputStream.readNBytes(limit);
		}
		byte[] bytes = new byte[expected];
		int read = inputStream.readNBytes(bytes, 0, expected);
		byte[] rest = inputStream.readNBytes(limit - read);
		if (read == expected && rest.length == 0) {
			return bytes;
		}
		// shorter or longer than announced (the file changed while read): what was really read
		byte[] all = Arrays.copyOf(bytes, read + rest.length);
		System.arraycopy(rest, 0, all, read, rest.length);
		return all;
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		ChangeLogRecords.write(this);
		try {
			super.doSave(outputStream, options);
		} finally {
			ChangeLogRecords.clear(this); // the entries hold the log in memory; the records only on disk
		}
	}
}
