/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.vendor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.kansa.model.Catalog;
import jp.kansa.model.Contract;
import jp.kansa.model.ContractCheck;
import jp.kansa.model.Engagement;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Party;
import jp.kansa.model.VendorRequest;
import jp.kansa.model.engagement.VendorRound;
import jp.kansa.vendor.internal.RequestWorkbookWriter;

/**
 * 事業者への依頼: prepares the request for one vendor (its contracts, a fresh id and checksum)
 * and writes the workbook it receives. The engagement is not changed here: the caller adds the
 * returned request (the workbench through a command, the command line before saving).
 */
public final class VendorRequests {

	private static final SecureRandom RANDOM = new SecureRandom();

	private VendorRequests() {
	}

	/**
	 * A new request to {@code vendor}, not yet in the engagement, stamped as sent now.
	 *
	 * @throws IllegalArgumentException when the vendor is the institution or is party to no
	 *                                  in-scope contract
	 */
	public static VendorRequest prepare(Engagement engagement, Party vendor, LocalDate dueDate,
			boolean withSubcontractors, Clock clock) {
		if (!VendorRound.vendors(engagement).contains(vendor)) {
			throw new IllegalArgumentException(vendor.getId() + " is not a vendor of " + engagement.getId());
		}
		List<Contract> contracts = VendorRound.contractsOf(engagement, vendor, withSubcontractors);
		if (contracts.isEmpty()) {
			throw new IllegalArgumentException(vendor.getId() + " is party to no in-scope contract");
		}
		VendorRequest request = KansaFactory.eINSTANCE.createVendorRequest();
		request.setId(nextId(engagement));
		request.setParty(vendor);
		request.setDueDate(dueDate);
		request.setIncludesSubcontractors(withSubcontractors);
		request.getContracts().addAll(contracts);
		request.setSentAt(clock.instant());
		byte[] nonce = new byte[16];
		RANDOM.nextBytes(nonce);
		request.setChecksum(checksum(request.getId(), engagement.getId(), vendor.getId(),
				checks(engagement, request, null).stream().map(ContractCheck::getId).toList(),
				HexFormat.of().formatHex(nonce)));
		return request;
	}

	/**
	 * Writes the request workbook: the instructions, the vendor's contract checks with the
	 * 確認表 texts and empty vendor columns, and the request's identity (very hidden). Written to
	 * a temporary file beside {@code output} and moved into place, so a failure leaves no
	 * half-written workbook.
	 *
	 * @param contact who the vendor asks and returns the file to; null for the institution's contact
	 */
	public static void write(Engagement engagement, VendorRequest request, Catalog catalog, String contact,
			Path output) throws IOException {
		new RequestWorkbookWriter(engagement, request, catalog, contact).write(output);
	}

	/** The contract checks a request asks about, in the order of its contracts, then of the 確認表. */
	public static List<ContractCheck> checks(Engagement engagement, VendorRequest request, Catalog catalog) {
		Map<String, Integer> order = catalog == null ? Map.of() : catalogOrder(catalog);
		List<ContractCheck> checks = new ArrayList<>();
		for (Contract contract : request.getContracts()) {
			engagement.getContractChecks().stream().filter(check -> check.getContract() == contract)
					.sorted(Comparator.comparingInt(check -> order.getOrDefault(check.getCheckPointId(), Integer.MAX_VALUE)))
					.forEach(checks::add);
		}
		return checks;
	}

	private static Map<String, Integer> catalogOrder(Catalog catalog) {
		Map<String, Integer> order = new java.util.HashMap<>();
		catalog.getParts().forEach(part -> part.getCategories().forEach(category -> category.getItems()
				.forEach(item -> item.getCheckPoints().forEach(point -> order.putIfAbsent(point.getId(), order.size())))));
		return order;
	}

	/** …: the first number not used by a request of the engagement. */
	private static String nextId(Engagement engagement) {
		int n = 1;
		while (true) {
			String id = "R-" + n;
			if (engagement.getVendorRequests().stream().noneMatch(request -> id.equals(request.getId()))) {
				return id;
			}
			n++;
		}
	}

	/**
	 * The hidden checksum: over what identifies the request and a random part that is never
	 * written anywhere, so that it cannot be recomputed for a forged or altered request id.
	 */
	static String checksum(String requestId, String engagementId, String partyId, List<String> checkIds, String nonce) {
		StringBuilder text = new StringBuilder().append(requestId).append('\n').append(engagementId).append('\n')
				.append(partyId).append('\n');
		checkIds.stream().sorted().forEach(id -> text.append(id).append('\n'));
		text.append(nonce);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
