/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Catalog;
import jp.kansa.model.json.Json;

/** {@code catalog [--format json|csv] [--output FILE]}: the embedded 確認表 with its references. */
public final class CatalogCommand implements Command {

	@Override
	public String name() {
		return "catalog";
	}

	@Override
	public String summary() {
		return Messages.catalogSummary;
	}

	@Override
	public String help() {
		return Messages.catalogHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("format", "output");
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		String format = line.option("format", "json");
		if (!format.equals("json") && !format.equals("csv")) {
			throw new UsageException(NLS.bind(Messages.usageBadFormat, format));
		}
		Catalog catalog = EmbeddedCatalog.load();
		byte[] bytes = (format.equals("json") ? Json.write(CatalogJson.of(catalog)) : CatalogCsv.of(catalog))
				.getBytes(StandardCharsets.UTF_8);
		String output = line.options().get("output");
		if (output == null || output.equals("-")) {
			out.write(bytes, 0, bytes.length);
		} else {
			OutputFile.write(output, stream -> stream.write(bytes));
		}
		return ExitCode.OK;
	}
}
