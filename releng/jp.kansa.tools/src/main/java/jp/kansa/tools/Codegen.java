/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.tools;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model and edit code from {@code kansa.genmodel} without an IDE.
 * <p>
 * EMF's own Generator application needs an Eclipse workspace; outside OSGi the generator
 * writes through the URI converter, so mapping {@code platform:/resource/<bundle>/} onto the
 * bundle folders is all it takes. Usage: {@code Codegen <bundles-folder>}.
 */
public final class Codegen {

	private static final String[] PROJECTS = { "jp.kansa.model", "jp.kansa.model.edit" };

	private Codegen() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: Codegen <bundles-folder>");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		for (String project : PROJECTS) {
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project + "/", false),
					URI.createFileURI(bundles.resolve(project).toString() + File.separator));
		}
		URI genModelUri = URI.createPlatformResourceURI("jp.kansa.model/model/kansa.genmodel", false);
		GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			System.err.println("kansa.genmodel is invalid: " + validation);
			System.exit(1);
		}
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				System.err.println("generation of " + projectType + " failed: " + result);
				System.exit(1);
			}
		}
		System.out.println("generated model and edit code into " + bundles);
	}
}
