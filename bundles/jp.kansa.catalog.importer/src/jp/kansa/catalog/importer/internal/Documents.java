/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.catalog.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.KansaFactory;
import jp.kansa.model.Volume;

/**
 * The documents the 確認表 cites, with the names under which the seed and the domain TSVs
 * print them. The ids are the stable, ASCII ids engagements refer to; the printed names vary
 * (the seed writes 別添小規模医療機関向けガイダンス, the TSV 小規模医療機関等向けガイダンス), so
 * each id lists every spelling seen instead of relying on fuzzy matching.
 */
public final class Documents {

	public static final String MHLW = "mhlw-gl-6.0";
	public static final String PROVIDER = "provider-gl-1.1";
	public static final String CYBER = "cyber-checklist";
	public static final String MODEL_CONTRACT = "model-contract-security-sheet";
	public static final String EXTERNAL_STORAGE = "external-storage-notice";
	public static final String E_DOCUMENT = "e-document-notice";

	/** The 編 of the MHLW guideline as the seed prints them, in document order. */
	static final String GUIDANCE_AS_PRINTED = "別添小規模医療機関向けガイダンス";

	/**
	 * @param seedName  how the seed's ガイドライン等関連部分 names the volume ("" when it cites numbers directly)
	 * @param tsvName   the 編 column of guideline_sections.tsv
	 */
	record VolumeSpec(String key, String name, String seedName, String tsvName) {
	}

	record DocumentSpec(String id, String seedName, String tsvName, String title, String shortTitle, String edition,
			String publisher, List<VolumeSpec> volumes) {
	}

	private final Map<String, GuidelineDocument> byId = new LinkedHashMap<>();
	private final Map<String, DocumentSpec> specs = new LinkedHashMap<>();
	private final Map<String, Volume> volumesById = new LinkedHashMap<>();

	public Documents(String providerEdition) {
		// Titles are the names as printed in the 確認表; shortTitle is only a UI label.
		add(new DocumentSpec(MHLW, "医療情報システムの安全管理に関するガイドライン第6.0版",
				"医療情報システムの安全管理に関するガイドライン第6.0版", "医療情報システムの安全管理に関するガイドライン",
				"安全管理ガイドライン 第6.0版", "第6.0版", "厚生労働省",
				List.of(new VolumeSpec("概説編", "概説編", "概説編", "概説編"),
						new VolumeSpec("経営管理編", "経営管理編", "経営管理編", "経営管理編"),
						new VolumeSpec("企画管理編", "企画管理編", "企画管理編", "企画管理編"),
						new VolumeSpec("システム運用編", "システム運用編", "システム運用編", "システム運用編"),
						new VolumeSpec("小規模医療機関等向けガイダンス", "小規模医療機関等向けガイダンス", GUIDANCE_AS_PRINTED,
								"小規模医療機関等向けガイダンス"))));
		add(new DocumentSpec(PROVIDER, "医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン",
				"医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン 第1.1版",
				"医療情報を取り扱う情報システム・サービスの提供事業者における安全管理ガイドライン", "提供事業者 安全管理ガイドライン",
				providerEdition, null, List.of(new VolumeSpec("本編", "本編", "", "本編"))));
		add(new DocumentSpec(CYBER, "医療機関におけるサイバーセキュリティ対策チェックリスト", null,
				"医療機関におけるサイバーセキュリティ対策チェックリスト", "サイバーセキュリティ対策チェックリスト", null, null, List.of()));
		add(new DocumentSpec(MODEL_CONTRACT, "情報システム・モデル取引・契約書追補版 セキュリティチェックシート", null,
				"情報システム・モデル取引・契約書追補版 セキュリティチェックシート", "モデル取引・契約書 セキュリティチェックシート", null,
				null, List.of()));
		add(new DocumentSpec(EXTERNAL_STORAGE, "外部保存通知", null, "外部保存通知", "外部保存通知", null, null, List.of()));
		add(new DocumentSpec(E_DOCUMENT, "e文書法令施行通知", null, "e文書法令施行通知", "e文書法令施行通知", null, null,
				List.of()));
	}

	private void add(DocumentSpec spec) {
		GuidelineDocument document = KansaFactory.eINSTANCE.createGuidelineDocument();
		document.setId(spec.id());
		document.setTitle(spec.title());
		document.setShortTitle(spec.shortTitle());
		document.setEdition(spec.edition());
		document.setPublisher(spec.publisher());
		for (VolumeSpec volumeSpec : spec.volumes()) {
			Volume volume = KansaFactory.eINSTANCE.createVolume();
			volume.setId(spec.id() + "/" + volumeSpec.key());
			volume.setName(volumeSpec.name());
			document.getVolumes().add(volume);
			volumesById.put(volume.getId(), volume);
		}
		byId.put(spec.id(), document);
		specs.put(spec.id(), spec);
	}

	public List<GuidelineDocument> all() {
		return new ArrayList<>(byId.values());
	}

	public GuidelineDocument get(String id) {
		return byId.get(id);
	}

	/** The document whose printed name starts {@code text}, longest name first; null if none. */
	public DocumentSpec documentPrintedAt(String text) {
		DocumentSpec best = null;
		for (DocumentSpec spec : specs.values()) {
			if (text.startsWith(spec.seedName()) && (best == null || spec.seedName().length() > best.seedName().length())) {
				best = spec;
			}
		}
		return best;
	}

	/** Volume of {@code documentId} printed as {@code seedName} in the seed; null if unknown. */
	public Volume volumeBySeedName(String documentId, String seedName) {
		for (VolumeSpec spec : specs.get(documentId).volumes()) {
			if (spec.seedName().equals(seedName)) {
				return volumesById.get(documentId + "/" + spec.key());
			}
		}
		return null;
	}

	/** Seed spellings of the named volumes of {@code documentId} (excluding the unnamed one). */
	public List<String> volumeSeedNames(String documentId) {
		return specs.get(documentId).volumes().stream().map(VolumeSpec::seedName).filter(s -> !s.isEmpty()).toList();
	}

	/** The document named {@code tsvDocument} in guideline_sections.tsv; null if the catalog does not cite it. */
	public String documentIdByTsvName(String tsvDocument) {
		for (DocumentSpec spec : specs.values()) {
			if (tsvDocument.equals(spec.tsvName())) {
				return spec.id();
			}
		}
		return null;
	}

	public Volume volumeByTsvName(String documentId, String tsvVolume) {
		for (VolumeSpec spec : specs.get(documentId).volumes()) {
			if (spec.tsvName().equals(tsvVolume)) {
				return volumesById.get(documentId + "/" + spec.key());
			}
		}
		return null;
	}
}
