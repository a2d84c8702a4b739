/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Contract;
import jp.kansa.model.Engagement;
import jp.kansa.model.Evidence;
import jp.kansa.model.engagement.EngagementFileException;
import jp.kansa.model.engagement.RollForward;
import jp.kansa.model.engagement.RollForwardOptions;
import jp.kansa.model.engagement.RollForwardReport;
import jp.kansa.model.engagement.RollForwardReport.Carried;

/**
 * {@code roll-forward PRIOR.kansa --output NEW.kansa [--name …] [--as-of YYYY-MM-DD]
 * [--period-start …] [--period-end …] [--no-… …] [--keep-dates]}: the new fiscal year's
 * engagement from the prior one, with its evidence files copied beside it. Never overwrites a
 * file. Exit 0 written, 2 usage error, unreadable prior file or unwritable output.
 */
public final class RollForwardCommand implements Command {

	private static final List<String> LEAVE_OUT = List.of("no-parties", "no-contracts", "no-clauses", "no-roles",
			"no-evidence", "no-findings", "no-annotations");

	@Override
	public String name() {
		return "roll-forward";
	}

	@Override
	public String summary() {
		return RollForwardMessages.summary;
	}

	@Override
	public String help() {
		return RollForwardMessages.help + System.lineSeparator();
	}

	@Override
	public Set<String> options() {
		return Set.of("output", "name", "as-of", "period-start", "period-end");
	}

	@Override
	public Set<String> flags() {
		Set<String> flags = new java.util.LinkedHashSet<>(LEAVE_OUT);
		flags.add("keep-dates");
		return flags;
	}

	@Override
	public List<String> arguments() {
		return List.of("prior.kansa");
	}

	@Override
	public int run(CommandLine line, PrintStream out) throws UsageException, CommandFailedException {
		if (line.arguments().isEmpty()) {
			throw new UsageException(NLS.bind(ImportMessages.usageMissingArgument, "<prior.kansa>", name()));
		}
		String output = line.options().get("output");
		if (output == null || output.isEmpty() || output.equals("-")) {
			throw new UsageException(NLS.bind(Messages.usageMissingOption, "--output", name()));
		}
		RollForwardOptions options = new RollForwardOptions().name(line.options().get("name"))
				.referenceDate(date(line, "as-of")).periodStart(date(line, "period-start"))
				.periodEnd(date(line, "period-end")).parties(!line.flag("no-parties"))
				.contracts(!line.flag("no-contracts")).clauses(!line.flag("no-clauses")).roles(!line.flag("no-roles"))
				.evidence(!line.flag("no-evidence")).findings(!line.flag("no-findings"))
				.annotations(!line.flag("no-annotations")).keepDates(line.flag("keep-dates"));
		Path prior = Path.of(line.arguments().get(0));
		Path target = Path.of(output);
		RollForward.Result result;
		try {
			result = RollForward.toFile(prior, target, options);
		} catch (EngagementFileException e) {
			throw new CommandFailedException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandFailedException(NLS.bind(Messages.cannotWrite, output, OutputFile.reason(e)), e);
		}
		print(result, prior, target, out);
		return ExitCode.OK;
	}

	private static LocalDate date(CommandLine line, String option) throws UsageException {
		String value = line.options().get(option);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(RollForwardMessages.usageBadDate, "--" + option, value));
		}
	}

	private static void print(RollForward.Result result, Path prior, Path target, PrintStream out) {
		Engagement next = result.engagement();
		RollForwardReport report = result.report();
		out.println(NLS.bind(RollForwardMessages.written, new Object[] { prior, target, next.getName() }));
		out.println(NLS.bind(RollForwardMessages.dates,
				new Object[] { next.getReferenceDate(), next.getPeriodStart(), next.getPeriodEnd() }));
		out.println(NLS.bind(RollForwardMessages.carried, new Object[] { report.count(Carried.PARTIES),
				report.count(Carried.CONTRACTS), report.count(Carried.CLAUSES), report.count(Carried.CHECKS),
				report.count(Carried.EVIDENCE), report.copiedEvidence().size(), report.count(Carried.FINDINGS),
				report.count(Carried.ANNOTATIONS) }));
		out.println(RollForwardMessages.fresh);
		if (!report.contractsEndingBeforePeriod().isEmpty()) {
			out.println(NLS.bind(RollForwardMessages.endingHeading, report.contractsEndingBeforePeriod().size()));
			for (Contract contract : report.contractsEndingBeforePeriod()) {
				out.println("  " + contract.getId() + "  " + contract.getTitle() + "  " //$NON-NLS-1$ //$NON-NLS-2$
						+ NLS.bind(RollForwardMessages.endDate, contract.getEndDate()));
			}
		}
		if (!report.expiredEvidence().isEmpty()) {
			out.println(NLS.bind(RollForwardMessages.expiredHeading, report.expiredEvidence().size(),
					next.getReferenceDate()));
			for (Evidence evidence : report.expiredEvidence()) {
				out.println("  " + evidence.getId() + "  " + evidence.getTitle() + "  " //$NON-NLS-1$ //$NON-NLS-2$
						+ NLS.bind(RollForwardMessages.expiryDate, evidence.getExpiryDate()));
			}
		}
		if (!report.evidenceNotCopied().isEmpty()) {
			out.println(NLS.bind(RollForwardMessages.notCopiedHeading, report.evidenceNotCopied().size()));
			for (RollForwardReport.NotCopied missing : report.evidenceNotCopied()) {
				out.println("  " + missing.evidence().getId() + "  " + missing.evidence().getPath() + ": " //$NON-NLS-1$ //$NON-NLS-2$
						+ missing.reason());
			}
		}
	}
}
