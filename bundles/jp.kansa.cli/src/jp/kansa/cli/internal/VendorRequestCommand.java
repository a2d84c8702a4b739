/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import jp.kansa.catalog.EmbeddedCatalog;
import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.PartyKind;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.vendor.VendorRequests;

/**
 * {@code vendor-request <file.kansa> --party ID --due DATE --output X.xlsx [--with-subcontractors]
 * [--contact TEXT]}: writes the vendor's workbook, then records the request in the engagement.
 * The workbook is written first: if it cannot be, the engagement is not touched; if the
 * engagement cannot be saved, the workbook is removed again, so no request goes out unrecorded.
 */
public final class VendorRequestCommand implements Command {

	private final Clock clock;

	public VendorRequestCommand() {
		this(Clock.systemUTC());
	}

	VendorRequestCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "vendor-request";
	}

	@Override
	public String summary() {
		return VendorMessages.requestSummary;
	}

	@Override
	public String help() {
		return VendorMessages.requestHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("party", "due", "output", "contact");
	}

	@Override
	public Set<String> flags() {
		return Set.of("with-subcontractors");
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa");
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().isEmpty()) {
			throw new UsageException(NLS.bind(VendorMessages.usageMissingArgument, "<file.kansa>", name()));
		}
		for (String option : List.of("party", "due", "output")) {
			if (line.option(option, null) == null) {
				throw new UsageException(NLS.bind(VendorMessages.usageMissingOption, option, name()));
			}
		}
		LocalDate due;
		try {
			due = LocalDate.parse(line.option("due", null));
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(VendorMessages.usageBadDate, line.option("due", null)));
		}
		Path engagementFile = Path.of(line.arguments().get(0));
		Path output = Path.of(line.option("output", null));
		if (Files.exists(output)) {
			throw new CommandFailedException(NLS.bind(VendorMessages.outputExists, output), null);
		}
		Engagement engagement;
		try {
			engagement = EngagementFiles.load(engagementFile);
		} catch (EngagementFileException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
		Party vendor = party(engagement, engagementFile, line.option("party", null));
		boolean withSubcontractors = line.flag("with-subcontractors");
		if (VendorRound.contractsOf(engagement, vendor, withSubcontractors).isEmpty()) {
			throw new CommandFailedException(NLS.bind(VendorMessages.noContracts, name(vendor)), null);
		}
		VendorRequest request = VendorRequests.prepare(engagement, vendor, due, withSubcontractors, clock);
		request.setFileName(output.getFileName().toString());
		try {
			VendorRequests.write(engagement, request, EmbeddedCatalog.load(), line.option("contact", null), output);
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, output, OutputFile.reason(e)), e);
		}
		engagement.getVendorRequests().add(request);
		try {
			EngagementFiles.save(engagement);
		} catch (IOException e) {
			try {
				Files.deleteIfExists(output);
			} catch (IOException ignored) {
				// the save's failure is what the user must read
			}
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, engagementFile, OutputFile.reason(e)), e);
		}
		int checks = VendorRequests.checks(engagement, request, null).size();
		out.println(NLS.bind(VendorMessages.requestWritten, new Object[] { request.getId(), name(vendor), checks,
				request.getContracts().stream().map(Contract::getId).collect(Collectors.joining(", ")), due, output }));
		out.println(NLS.bind(VendorMessages.requestSaved, engagementFile, EngagementFiles.backupOf(engagementFile)));
		return ExitCode.OK;
	}

	private static Party party(Engagement engagement, Path file, String id) throws CommandFailedException {
		Party party = engagement.getParties().stream().filter(p -> id.equals(p.getId())).findFirst().orElse(null);
		if (party == null) {
			throw new CommandFailedException(NLS.bind(VendorMessages.unknownParty, new Object[] { file, id,
					engagement.getParties().stream().map(Party::getId).collect(Collectors.joining(", ")) }), null);
		}
		if (party.getKind() == PartyKind.INSTITUTION) {
			throw new CommandFailedException(NLS.bind(VendorMessages.notAVendor, name(party)), null);
		}
		return party;
	}

	static String name(Party party) {
		return party.getName() == null || party.getName().isBlank() ? party.getId() : party.getName();
	}
}
