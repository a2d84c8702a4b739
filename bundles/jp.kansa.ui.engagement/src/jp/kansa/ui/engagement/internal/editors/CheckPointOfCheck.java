/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import org.eclipse.core.runtime.IAdapterFactory;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.ContractCheck;

/**
 * The catalog check point a contract's check assesses: what 詳細 shows when the auditor selects a
 * row of 評価 or a cell of the 役割分担マトリクス, so the risks, the recommended measures and the
 * guideline references sit beside the assessment being written. A check holds its check point
 * by id (the catalog is not part of the engagement file), so the lookup goes through the
 * embedded catalog.
 */
public final class CheckPointOfCheck implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == CheckPoint.class && adaptableObject instanceof ContractCheck check
				&& check.getCheckPointId() != null) {
			return adapterType.cast(CatalogRows.checkPoint(check.getCheckPointId()));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { CheckPoint.class };
	}
}
