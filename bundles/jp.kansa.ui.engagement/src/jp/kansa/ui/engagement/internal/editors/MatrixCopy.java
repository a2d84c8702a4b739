/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.engagement.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import jp.kansa.model.Category;
import jp.kansa.model.CheckPoint;
import jp.kansa.model.Contract;
import jp.kansa.model.engagement.ContractCheckIndex;
import jp.kansa.ui.engagement.internal.i18n.Messages;

/**
 * Matrix rows as tab-separated text with a header line, the format spreadsheets paste into
 * cells: every row says its Part and category (the table shows them only on a group's first
 * row), texts and names are whole, and tabs or line breaks inside a text become spaces so that
 * a cell never spills into the next one.
 */
final class MatrixCopy {

	private MatrixCopy() {
	}

	static String rows(List<CheckPoint> rows, List<Contract> contracts, ContractCheckIndex index, int[] selected) {
		StringBuilder text = new StringBuilder();
		List<String> header = new ArrayList<>(List.of(Messages.Matrix_group, Messages.Matrix_checkPointNumber,
				Messages.Matrix_checkPoint));
		for (Contract contract : contracts) {
			String title = ModelLabels.of(contract);
			header.add(contract.isInScope() ? title : NLS.bind(Messages.Matrix_outOfScope, title));
		}
		line(text, header);
		for (int row : selected) {
			CheckPoint checkPoint = rows.get(row);
			Category category = checkPoint.getItem().getCategory();
			List<String> cells = new ArrayList<>(List.of(
					NLS.bind(Messages.Matrix_groupLabel, category.getPart().getNumber(), category.getCode()),
					checkPoint.getId(), checkPoint.getContent()));
			for (Contract contract : contracts) {
				cells.add(MatrixCell.fullText(index.find(contract, checkPoint.getId()).orElse(null)));
			}
			line(text, cells);
		}
		return text.toString();
	}

	private static void line(StringBuilder text, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append('\t');
			}
			text.append(cells.get(i) == null ? "" : cells.get(i).replaceAll("[\\t\\r\\n]+", " ").strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		text.append('\n');
	}
}
