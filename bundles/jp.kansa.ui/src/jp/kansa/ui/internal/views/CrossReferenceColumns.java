/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TreeColumn;

import jp.kansa.emf.ui.AdapterFactoryLabelProvider;
import jp.kansa.emf.ui.SettledResize;
import jp.kansa.model.GuidelineDocument;
import jp.kansa.model.ReferenceTarget;
import jp.kansa.model.Section;
import jp.kansa.ui.internal.SharedCatalog;
import jp.kansa.ui.internal.i18n.Messages;
import jp.kansa.ui.internal.labels.CatalogLabels;
import jp.kansa.ui.internal.xref.CitationLeaf;
import jp.kansa.ui.internal.xref.CrossReferenceIndex;

/** The 名称 | 引用数 columns of the cross-reference tree. */
class CrossReferenceColumns {

	private final TreeViewer viewer;
	private final CrossReferenceIndex index;
	private final AdapterFactoryLabelProvider icons = new AdapterFactoryLabelProvider(SharedCatalog.adapterFactory());

	CrossReferenceColumns(TreeViewer viewer, CrossReferenceIndex index) {
		this.viewer = viewer;
		this.index = index;
	}

	void create() {
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		TreeViewerColumn name = column(Messages.CrossReference_name, 420, SWT.LEFT);
		name.setLabelProvider(new NameLabels());
		TreeViewerColumn count = column(Messages.CrossReference_count, 70, SWT.RIGHT);
		count.setLabelProvider(new CountLabels());
		// the count must stay visible in a narrow view: the name column takes what is left
		// once the layout has settled: each client-area query of a GTK tree is an X round trip
		SettledResize.fitAfter(viewer.getTree(), () -> fitNameColumn(name.getColumn(), count.getColumn()));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.getTree().addDisposeListener(event -> icons.dispose());
	}

	private void fitNameColumn(TreeColumn name, TreeColumn count) {
		int available = viewer.getTree().getClientArea().width - count.getWidth();
		name.setWidth(Math.max(available, 160));
	}

	private TreeViewerColumn column(String title, int width, int alignment) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}

	private final class NameLabels extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof CitationLeaf leaf) {
				return leaf.checkPoint().getId() + "  " //$NON-NLS-1$
						+ CatalogLabels.abbreviate(leaf.checkPoint().getContent(), 40);
			}
			return CatalogLabels.text(element);
		}

		@Override
		public Image getImage(Object element) {
			return icons.getImage(element instanceof CitationLeaf leaf ? leaf.checkPoint() : element);
		}

		@Override
		public String getToolTipText(Object element) {
			if (element instanceof Section section && !CatalogLabels.hasTitle(section)) {
				return NLS.bind(Messages.Section_titleStatus, CatalogLabels.titleStatus(section));
			} else if (element instanceof GuidelineDocument document) {
				return document.getPublisher();
			}
			return null;
		}
	}

	private final class CountLabels extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			return element instanceof ReferenceTarget target ? Integer.toString(index.citingCount(target)) : ""; //$NON-NLS-1$
		}
	}
}
