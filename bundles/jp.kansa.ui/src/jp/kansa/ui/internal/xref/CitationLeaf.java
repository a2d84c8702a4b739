/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.ui.internal.xref;

import jp.kansa.model.CheckPoint;
import jp.kansa.model.ReferenceTarget;

/**
 * A check point shown under a section it cites. A check point citing several sections appears
 * several times, so the tree needs one distinct element per (section, check point) pair:
 * JFace viewers find items by element equality.
 */
public record CitationLeaf(ReferenceTarget target, CheckPoint checkPoint) {
}
