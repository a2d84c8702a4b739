/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;

import jp.kansa.model.KansaPackage;

/**
 * Reads an engagement file in the form Kansa itself writes, in one pass over its UTF-8 bytes,
 * without a general XML parser and EMF's generic handler (which cost most of a large file's
 * load). It accepts only a strict subset of XML — the declaration Kansa writes, elements and
 * double-quoted attributes, the five predefined entities and character references — and only
 * what the model says an engagement holds: attributes that are the class's single-valued stored
 * attributes or its references by id, child elements that are its containments or its
 * many-valued attributes. Values are converted by the same {@link XMLHelper} the EMF load uses,
 * ids resolved against the ids read, each one once, as EMF's deferred IDREF resolution does.
 * <p>
 * Anything else — a comment, CDATA, a processing instruction, another encoding, a namespace
 * prefix it does not know, {@code xmi:id}, {@code xsi:type}, an unknown element or attribute, a
 * value the factory refuses, an id used twice, a reference to nothing, any malformed markup —
 * and it gives up ({@code null}): the caller then runs EMF's load, so every diagnostic (message,
 * line, column) is the general reader's. Nothing is attached to a resource before the whole
 * file has been read.
 */
public final class FastEngagementReader {

	private static final String XMI_URI = "http://www.omg.org/XMI"; //$NON-NLS-1$
	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" //$NON-NLS-1$
			.getBytes(StandardCharsets.US_ASCII);
	private static final String ROOT = "kansa:Engagement"; //$NON-NLS-1$
	/** The positions EMF's handler passes to {@link XMLHelper#setValue}: an attribute, an element's text. */
	private static final int ATTRIBUTE_POSITION = -2;
	private static final int ELEMENT_POSITION = -1;

	/** Thrown to leave the fast path; no stack trace, it is never shown to anybody. */
	private static final class GiveUp extends RuntimeException {
		private static final long serialVersionUID = 1L;
		static final GiveUp INSTANCE = new GiveUp();

		private GiveUp() {
			super(null, null, false, false);
		}
	}

	/**
	 * What the model says about one class, looked up once per class; names are compared as bytes
	 * (a class has a few dozen features), so reading an element makes no string for its name.
	 */
	private static final class ClassInfo {
		final Features attributes = new Features();
		final Features elements = new Features();

		ClassInfo(EClass eClass) {
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || !feature.isChangeable()
						|| eClass.getFeatureID(feature) >= Long.SIZE) {
					continue; // never written by Kansa: let EMF decide what such a file means
				}
				if (feature instanceof EAttribute attribute) {
					(attribute.isMany() ? elements : attributes).add(feature);
				} else if (feature instanceof EReference reference && reference.getEOpposite() == null) {
					if (reference.isContainment()) {
						if (!reference.getEReferenceType().isAbstract() && !reference.getEReferenceType().isInterface()) {
							elements.add(feature);
						}
					} else {
						attributes.add(feature);
					}
				}
			}
		}
	}

	/** Features by their XML name, as UTF-8 bytes. */
	private static final class Features {
		private final List<byte[]> names = new ArrayList<>();
		private final List<EStructuralFeature> features = new ArrayList<>();

		void add(EStructuralFeature feature) {
			names.add(feature.getName().getBytes(StandardCharsets.UTF_8));
			features.add(feature);
		}

		EStructuralFeature find(byte[] bytes, int start, int end) {
			int length = end - start;
			for (int i = 0; i < names.size(); i++) {
				byte[] name = names.get(i);
				if (name.length == length && Arrays.equals(name, 0, length, bytes, start, end)) {
					return features.get(i);
				}
			}
			return null;
		}
	}

	/** A reference by id, resolved when every id is known (EMF's deferred IDREF resolution). */
	private record Pending(EObject owner, EReference reference, String[] ids) {
	}

	private final byte[] bytes;
	private final XMLHelper helper;
	private final Map<EClass, ClassInfo> classes = new HashMap<>();
	private final Map<String, EObject> ids = new HashMap<>();
	private final List<Pending> pending = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private int at;
	private int declarations;
	private final Set<String> declared = new HashSet<>();

	private FastEngagementReader(byte[] bytes, XMLHelper helper) {
		this.bytes = bytes;
		this.helper = helper;
	}

	/**
	 * The engagement the bytes hold, not attached to any resource, or {@code null} when the file
	 * is anything but what this reader knows for sure (then EMF's load must read it).
	 *
	 * @param bytes  the whole file; whatever is not UTF-8 makes it give up
	 * @param helper the helper EMF's load would convert values with
	 */
	public static EObject read(byte[] bytes, XMLHelper helper) {
		try {
			return new FastEngagementReader(bytes, helper).document();
		} catch (RuntimeException e) {
			return null; // GiveUp, or a value the helper refused: EMF's load reports it properly
		}
	}

	private EObject document() {
		if (!startsWith(DECLARATION, 0)) {
			throw GiveUp.INSTANCE;
		}
		at = DECLARATION.length;
		skipSpace();
		expect('<');
		int start = at;
		name();
		int end = at;
		if (!ROOT.equals(new String(bytes, start, end - start, StandardCharsets.US_ASCII))) {
			throw GiveUp.INSTANCE;
		}
		EObject root = KansaPackage.eINSTANCE.getKansaFactory().create(KansaPackage.Literals.ENGAGEMENT);
		boolean empty = attributes(root, true);
		if (declarations != 3) {
			throw GiveUp.INSTANCE; // the prefixes must be bound as Kansa binds them
		}
		if (!empty) {
			content(root, start, end);
		}
		skipSpace();
		if (at != bytes.length) {
			throw GiveUp.INSTANCE;
		}
		resolve();
		return root;
	}

	/** The attributes of a start tag up to its end; {@code true} for an empty element ({@code />}). */
	private boolean attributes(EObject object, boolean root) {
		EClass eClass = object.eClass();
		ClassInfo info = classes.computeIfAbsent(eClass, ClassInfo::new);
		long seen = 0;
		while (true) {
			boolean spaced = skipSpace();
			int c = peek();
			if (c == '/') {
				at++;
				expect('>');
				return true;
			}
			if (c == '>') {
				at++;
				return false;
			}
			if (!spaced) {
				throw GiveUp.INSTANCE;
			}
			int start = at;
			boolean prefixed = name();
			int end = at;
			expect('=');
			expect('"');
			String value = attributeValue();
			if (prefixed) {
				rootDeclaration(root, new String(bytes, start, end - start, StandardCharsets.US_ASCII), value);
				continue;
			}
			EStructuralFeature feature = info.attributes.find(bytes, start, end);
			if (feature == null) {
				throw GiveUp.INSTANCE;
			}
			long bit = 1L << eClass.getFeatureID(feature);
			if ((seen & bit) != 0) {
				throw GiveUp.INSTANCE; // an attribute twice is not XML
			}
			seen |= bit;
			if (feature instanceof EReference reference) {
				pending.add(new Pending(object, reference, idrefs(value, reference.isMany())));
			} else {
				helper.setValue(object, feature, value, ATTRIBUTE_POSITION);
				if (((EAttribute) feature).isID() && ids.putIfAbsent(value, object) != null) {
					throw GiveUp.INSTANCE; // EMF's reader names both places
				}
			}
		}
	}

	/** Only the root's namespace declarations and XMI version, as Kansa writes them. */
	private void rootDeclaration(boolean root, String name, String value) {
		if (!declared.add(name)) {
			throw GiveUp.INSTANCE; // an attribute twice is not XML
		}
		boolean known = root && switch (name) {
		case "xmlns:xmi" -> XMI_URI.equals(value); //$NON-NLS-1$
		case "xmlns:kansa" -> KansaPackage.eNS_URI.equals(value); //$NON-NLS-1$
		case "xmi:version" -> "2.0".equals(value); //$NON-NLS-1$ //$NON-NLS-2$
		default -> false;
		};
		if (!known) {
			throw GiveUp.INSTANCE;
		}
		declarations++;
	}

	/**
	 * Ids separated by single spaces, none that EMF would read otherwise: as a path ({@code /}), a
	 * query ({@code ?}), a URI ({@code #}) or the type that precedes a proxy's URI ({@code :}).
	 */
	private static String[] idrefs(String value, boolean many) {
		String[] parts = value.split(" ", -1); //$NON-NLS-1$
		if (!many && parts.length != 1) {
			throw GiveUp.INSTANCE;
		}
		for (String id : parts) {
			if (id.isEmpty() || id.charAt(0) == '/' || id.indexOf('?') >= 0 || id.indexOf('#') >= 0
					|| id.indexOf(':') >= 0) {
				throw GiveUp.INSTANCE;
			}
		}
		if (parts.length > 1 && new HashSet<>(Arrays.asList(parts)).size() != parts.length) {
			throw GiveUp.INSTANCE;
		}
		return parts;
	}

	/** Child elements up to the end tag whose name is at {@code nameStart}; only white space between them. */
	@SuppressWarnings("unchecked")
	private void content(EObject object, int nameStart, int nameEnd) {
		ClassInfo info = classes.get(object.eClass());
		long singles = 0;
		while (true) {
			skipSpace();
			expect('<');
			if (peek() == '/') {
				at++;
				endTag(nameStart, nameEnd);
				return;
			}
			int start = at;
			if (name()) {
				throw GiveUp.INSTANCE; // a prefixed child is none of Kansa's
			}
			int end = at;
			EStructuralFeature feature = info.elements.find(bytes, start, end);
			if (feature == null) {
				throw GiveUp.INSTANCE;
			}
			if (feature instanceof EAttribute) {
				if (!attributesNone()) {
					helper.setValue(object, feature, textUpTo(start, end), ELEMENT_POSITION);
				} else {
					throw GiveUp.INSTANCE; // <systems/>: let EMF say what an empty value is
				}
				continue;
			}
			EReference containment = (EReference) feature;
			EObject created = containment.getEReferenceType().getEPackage().getEFactoryInstance()
					.create(containment.getEReferenceType());
			if (containment.isMany()) {
				((EList<EObject>) object.eGet(containment)).add(created);
			} else {
				long bit = 1L << object.eClass().getFeatureID(containment);
				if ((singles & bit) != 0) {
					throw GiveUp.INSTANCE;
				}
				singles |= bit;
				object.eSet(containment, created);
			}
			if (!attributes(created, false)) {
				content(created, start, end);
			}
		}
	}

	/** After an attribute-valued element's name: {@code false} for {@code >}, {@code true} for {@code />}. */
	private boolean attributesNone() {
		skipSpace();
		if (peek() == '/') {
			at++;
			expect('>');
			return true;
		}
		expect('>');
		return false;
	}

	/** The text of an element up to its end tag, entities decoded; markup inside gives up. */
	private String textUpTo(int nameStart, int nameEnd) {
		text.setLength(0);
		int start = at;
		while (true) {
			int b = next();
			if (b == '<') {
				if (peek() != '/') {
					throw GiveUp.INSTANCE;
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				at++;
				endTag(nameStart, nameEnd);
				if (text.isEmpty()) {
					throw GiveUp.INSTANCE;
				}
				return text.toString();
			}
			if (b == '&') {
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				entity();
				start = at;
			} else if (b == ']' && peek() == ']' && at + 1 < bytes.length && bytes[at + 1] == '>') {
				throw GiveUp.INSTANCE; // "]]>" is not allowed in text
			} else if (b < 0x20 || b >= 0x80) {
				checkChar(b);
			}
		}
	}

	private void endTag(int nameStart, int nameEnd) {
		int start = at;
		name();
		if (!Arrays.equals(bytes, start, at, bytes, nameStart, nameEnd)) {
			throw GiveUp.INSTANCE;
		}
		skipSpace();
		expect('>');
	}

	/** An attribute value after its opening quote, normalised as XML does (white space → space). */
	private String attributeValue() {
		int start = at;
		boolean plain = true;
		while (true) {
			int b = next();
			if (b == '"') {
				if (plain) {
					return new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8);
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				return text.toString();
			}
			if (b == '<') {
				throw GiveUp.INSTANCE;
			}
			if (b == '&' || b == '\n' || b == '\t') {
				if (plain) {
					text.setLength(0);
					plain = false;
				}
				text.append(new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8));
				if (b == '&') {
					entity();
				} else {
					text.append(' ');
				}
				start = at;
			} else if (b < 0x20 || b >= 0x80) {
				checkChar(b);
			}
		}
	}

	/** After {@code &}: one of XML's five entities or a character reference, appended to {@link #text}. */
	private void entity() {
		int semicolon = at;
		while (semicolon < bytes.length && semicolon - at < 10 && bytes[semicolon] != ';') {
			semicolon++;
		}
		if (semicolon >= bytes.length || bytes[semicolon] != ';') {
			throw GiveUp.INSTANCE;
		}
		String name = new String(bytes, at, semicolon - at, StandardCharsets.US_ASCII);
		at = semicolon + 1;
		switch (name) {
		case "lt" -> text.append('<'); //$NON-NLS-1$
		case "gt" -> text.append('>'); //$NON-NLS-1$
		case "amp" -> text.append('&'); //$NON-NLS-1$
		case "quot" -> text.append('"'); //$NON-NLS-1$
		case "apos" -> text.append('\''); //$NON-NLS-1$
		default -> text.appendCodePoint(characterReference(name));
		}
	}

	private static int characterReference(String name) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			throw GiveUp.INSTANCE;
		}
		boolean hex = name.charAt(1) == 'x';
		String digits = name.substring(hex ? 2 : 1);
		if (digits.isEmpty()) {
			throw GiveUp.INSTANCE;
		}
		for (int i = 0; i < digits.length(); i++) {
			if (Character.digit(digits.charAt(i), hex ? 16 : 10) < 0) {
				throw GiveUp.INSTANCE;
			}
		}
		int code = Integer.parseInt(digits, hex ? 16 : 10);
		boolean legal = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
				|| code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
		if (!legal) {
			throw GiveUp.INSTANCE;
		}
		return code;
	}

	/**
	 * A byte of text that is not plain printable ASCII: the control characters XML forbids and a
	 * carriage return (which XML would turn into a line feed) give up; a UTF-8 sequence is
	 * checked as the strict decoder of {@link EncodingCheck} checks it (so a file read here needs
	 * no separate pass) and skipped; U+FFFE and U+FFFF, not XML characters, give up.
	 */
	private void checkChar(int b) {
		if (b < 0x80) {
			if (b != '\n' && b != '\t') {
				throw GiveUp.INSTANCE;
			}
			return;
		}
		int first;
		int last = 0xBF;
		int continuations;
		if (b >= 0xC2 && b <= 0xDF) {
			continuations = 1;
			first = 0x80;
		} else if (b >= 0xE0 && b <= 0xEF) {
			continuations = 2;
			first = b == 0xE0 ? 0xA0 : 0x80;
			last = b == 0xED ? 0x9F : 0xBF; // no surrogates
		} else if (b >= 0xF0 && b <= 0xF4) {
			continuations = 3;
			first = b == 0xF0 ? 0x90 : 0x80;
			last = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
		} else {
			throw GiveUp.INSTANCE;
		}
		if (at + continuations > bytes.length) {
			throw GiveUp.INSTANCE;
		}
		int second = bytes[at] & 0xFF;
		if (second < first || second > last) {
			throw GiveUp.INSTANCE;
		}
		for (int i = 1; i < continuations; i++) {
			if ((bytes[at + i] & 0xC0) != 0x80) {
				throw GiveUp.INSTANCE;
			}
		}
		if (b == 0xEF && second == 0xBF && (bytes[at + 1] & 0xFF) >= 0xBE) {
			throw GiveUp.INSTANCE; // U+FFFE, U+FFFF
		}
		at += continuations;
	}

	/**
	 * Skips a name of ASCII letters, digits, '_', '-', '.' and at most one ':' (no other name is
	 * Kansa's); {@code true} if it has a prefix.
	 */
	private boolean name() {
		int start = at;
		int colons = 0;
		while (at < bytes.length) {
			int b = bytes[at];
			if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
					|| at > start && (b >= '0' && b <= '9' || b == '-' || b == '.')) {
				at++;
			} else if (b == ':' && at > start) {
				colons++;
				at++;
			} else {
				break;
			}
		}
		if (at == start || colons > 1 || bytes[at - 1] == ':') {
			throw GiveUp.INSTANCE;
		}
		return colons == 1;
	}

	/** Spaces, tabs and line feeds; {@code true} if there was any. */
	private boolean skipSpace() {
		int start = at;
		while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\t')) {
			at++;
		}
		return at > start;
	}

	private int peek() {
		if (at >= bytes.length) {
			throw GiveUp.INSTANCE;
		}
		return bytes[at] & 0xFF;
	}

	private int next() {
		int b = peek();
		at++;
		return b;
	}

	private void expect(int b) {
		if (next() != b) {
			throw GiveUp.INSTANCE;
		}
	}

	private boolean startsWith(byte[] prefix, int offset) {
		return bytes.length - offset >= prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	/** Every reference by id, in the order of the file, each to an object of the reference's type. */
	@SuppressWarnings("unchecked")
	private void resolve() {
		for (Pending p : pending) {
			if (p.reference().isMany()) {
				EList<EObject> list = (EList<EObject>) p.owner().eGet(p.reference());
				for (String id : p.ids()) {
					list.add(target(p.reference(), id));
				}
			} else {
				p.owner().eSet(p.reference(), target(p.reference(), p.ids()[0]));
			}
		}
	}

	private EObject target(EReference reference, String id) {
		EObject target = ids.get(id);
		if (target == null || !reference.getEReferenceType().isInstance(target)) {
			throw GiveUp.INSTANCE;
		}
		return target;
	}
}
