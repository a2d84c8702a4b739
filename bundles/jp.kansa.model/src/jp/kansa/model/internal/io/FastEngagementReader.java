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
 * The bytes are scanned by {@link KansaXmlScanner}; what each class writes comes from
 * {@link ClassFeatures}.
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

	/** A reference by id, resolved when every id is known (EMF's deferred IDREF resolution). */
	private record Pending(EObject owner, EReference reference, String[] ids) {
	}

	private final KansaXmlScanner scanner;
	private final XMLHelper helper;
	private final Map<EClass, ClassFeatures> classes = new HashMap<>();
	private final Map<String, EObject> ids = new HashMap<>();
	private final List<Pending> pending = new ArrayList<>();
	private int declarations;
	private final Set<String> declared = new HashSet<>();

	private FastEngagementReader(byte[] bytes, XMLHelper helper) {
		this.scanner = new KansaXmlScanner(bytes);
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
		scanner.expectStart(DECLARATION);
		scanner.skipSpace();
		scanner.expect('<');
		int start = scanner.position();
		scanner.name();
		int end = scanner.position();
		if (!ROOT.equals(scanner.ascii(start, end))) {
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
		scanner.skipSpace();
		if (!scanner.atEnd()) {
			throw GiveUp.INSTANCE;
		}
		resolve();
		return root;
	}

	/** The attributes of a start tag up to its end; {@code true} for an empty element ({@code />}). */
	private boolean attributes(EObject object, boolean root) {
		EClass eClass = object.eClass();
		ClassFeatures info = classes.computeIfAbsent(eClass, ClassFeatures::new);
		long seen = 0;
		while (true) {
			boolean spaced = scanner.skipSpace();
			if (scanner.consume('/')) {
				scanner.expect('>');
				return true;
			}
			if (scanner.consume('>')) {
				return false;
			}
			if (!spaced) {
				throw GiveUp.INSTANCE;
			}
			int start = scanner.position();
			boolean prefixed = scanner.name();
			int end = scanner.position();
			scanner.expect('=');
			scanner.expect('"');
			String value = scanner.attributeValue();
			if (prefixed) {
				rootDeclaration(root, scanner.ascii(start, end), value);
				continue;
			}
			EStructuralFeature feature = info.attributes.find(scanner.bytes(), start, end);
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
		ClassFeatures info = classes.get(object.eClass());
		long singles = 0;
		while (true) {
			scanner.skipSpace();
			scanner.expect('<');
			if (scanner.consume('/')) {
				scanner.endTag(nameStart, nameEnd);
				return;
			}
			int start = scanner.position();
			if (scanner.name()) {
				throw GiveUp.INSTANCE; // a prefixed child is none of Kansa's
			}
			int end = scanner.position();
			EStructuralFeature feature = info.elements.find(scanner.bytes(), start, end);
			if (feature == null) {
				throw GiveUp.INSTANCE;
			}
			if (feature instanceof EAttribute) {
				if (!scanner.closesEmpty()) {
					helper.setValue(object, feature, scanner.textUpTo(start, end), ELEMENT_POSITION);
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
