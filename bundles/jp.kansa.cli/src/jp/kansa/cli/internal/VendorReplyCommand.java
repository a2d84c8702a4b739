/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;

import jp.kansa.importer.xlsx.ImportLimits;
import jp.kansa.importer.xlsx.ImportProblem;
import jp.kansa.importer.xlsx.WorkpaperRefusedException;
import jp.kansa.model.Engagement;
import jp.kansa.model.Party;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.EngagementFiles;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.model.engagement.VendorRound.Disagreement;
import jp.kansa.vendor.AnswerChange;
import jp.kansa.vendor.VendorReply;
import jp.kansa.vendor.VendorReplyReader;

/**
 * {@code vendor-reply <file.kansa> <reply.xlsx> [--party ID] [--dry-run]}: every changed cell
 * and problem of a vendor's reply; applied (all or nothing) and saved unless --dry-run.
 */
public final class VendorReplyCommand implements Command {

	private final Clock clock;

	public VendorReplyCommand() {
		this(Clock.systemUTC());
	}

	VendorReplyCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "vendor-reply";
	}

	@Override
	public String summary() {
		return VendorMessages.replySummary;
	}

	@Override
	public String help() {
		return VendorMessages.replyHelp + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("party");
	}

	@Override
	public Set<String> flags() {
		return Set.of("dry-run", "received-only");
	}

	@Override
	public List<String> arguments() {
		return List.of("file.kansa", "reply.xlsx");
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().size() < 2) {
			throw new UsageException(NLS.bind(VendorMessages.usageMissingArgument,
					"<" + arguments().get(line.arguments().size()) + ">", name()));
		}
		Path engagementFile = Path.of(line.arguments().get(0));
		Path replyFile = Path.of(line.arguments().get(1));
		boolean dryRun = line.flag("dry-run");
		Engagement engagement;
		try {
			engagement = EngagementFiles.load(engagementFile);
		} catch (EngagementFileException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
		Party expected = null;
		String partyId = line.option("party", null);
		if (partyId != null) {
			expected = engagement.getParties().stream().filter(p -> partyId.equals(p.getId())).findFirst()
					.orElseThrow(() -> new CommandFailedException(NLS.bind(VendorMessages.unknownParty,
							new Object[] { engagementFile, partyId, "" }), null));
		}
		VendorReply reply;
		try {
			reply = new VendorReplyReader(ImportLimits.defaults(), clock).read(replyFile, engagement, expected);
		} catch (WorkpaperRefusedException e) {
			throw new CommandFailedException(e.getMessage(), e);
		}
		out.println(NLS.bind(VendorMessages.replyHeading, new Object[] { VendorRequestCommand.name(reply.getVendor()),
				reply.getRequest().getId(), reply.getRowsRead() }));
		if (!reply.getChanges().isEmpty()) {
			out.println(NLS.bind(VendorMessages.changesHeading, reply.getChanges().size()));
			for (AnswerChange change : reply.getChanges()) {
				out.println("  " + NLS.bind(VendorMessages.changeLine, new Object[] { change.location(),
						change.check().getId(), change.column().header(), shown(change.previousText()),
						shown(change.newText()), shown(change.institutionText()) }));
			}
		}
		if (line.flag("received-only") && !dryRun) {
			EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
			domain.getCommandStack().execute(reply.createReceivedCommand(domain));
			save(engagement, engagementFile);
			out.println(NLS.bind(VendorMessages.outcomeReceived, reply.getRequest().getId(), engagementFile));
			return ExitCode.OK;
		}
		if (reply.hasProblems()) {
			out.println(NLS.bind(VendorMessages.problemsHeading, reply.getProblems().size()));
			for (ImportProblem problem : reply.getProblems()) {
				out.println("  " + NLS.bind(VendorMessages.problemLine, new Object[] { problem.location(),
						problem.expected(), problem.found() == null ? VendorMessages.emptyCell : problem.found() }));
			}
			out.println(NLS.bind(VendorMessages.outcomeProblems, reply.getProblems().size()));
			return ExitCode.FINDINGS;
		}
		if (dryRun) {
			out.println(NLS.bind(VendorMessages.outcomeDryRun, reply.getChanges().size()));
			return ExitCode.OK;
		}
		reply.applyHeadless();
		save(engagement, engagementFile);
		if (reply.getChanges().isEmpty()) {
			out.println(NLS.bind(VendorMessages.outcomeNoChanges, reply.getRequest().getId(), engagementFile));
		} else {
			out.println(NLS.bind(VendorMessages.outcomeApplied, new Object[] { reply.getChanges().size(), engagementFile,
					EngagementFiles.backupOf(engagementFile), reply.getRequest().getId() }));
		}
		printDisagreements(engagement, out);
		return ExitCode.OK;
	}

	private static void save(Engagement engagement, Path engagementFile) throws CommandFailedException {
		try {
			EngagementFiles.save(engagement);
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, engagementFile, OutputFile.reason(e)), e);
		}
	}

	private static void printDisagreements(Engagement engagement, PrintStream out) {
		List<Disagreement> disagreements = VendorRound.disagreements(engagement);
		if (disagreements.isEmpty()) {
			return;
		}
		Locale locale = Locale.getDefault();
		out.println(NLS.bind(VendorMessages.disagreementsHeading, disagreements.size()));
		for (Disagreement d : disagreements) {
			out.println("  " + NLS.bind(VendorMessages.disagreementLine, new Object[] { d.check().getId(),
					VendorRequestCommand.name(VendorRound.partyOf(d.answer())), field(d),
					VendorRound.valueLabel(d.vendorValue(), locale), VendorRound.valueLabel(d.institutionValue(), locale) }));
		}
	}

	private static String field(Disagreement d) {
		return d.kind() == VendorRound.DisagreementKind.RESPONSIBILITY ? jp.kansa.vendor.RequestColumn.RESPONSIBILITY.header()
				: jp.kansa.vendor.RequestColumn.INITIAL_CHECK.header();
	}

	private static String shown(String text) {
		String oneLine = text == null || text.isEmpty() ? "—" : text.replace('\n', '⏎');
		return oneLine.length() > 120 ? oneLine.substring(0, 119) + "…" : oneLine;
	}
}
