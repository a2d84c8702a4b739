/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.export.xlsx.internal;

import java.util.List;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.Part;

/**
 * Contributes columns to the sheet of a Part, one row per check point. The catalog contributes
 * the columns of the 確認表; an engagement will contribute its per-contract columns after them.
 */
public interface CheckPointColumns {

	List<Column<CheckPoint>> columns(Part part, WorkpaperText text);
}
