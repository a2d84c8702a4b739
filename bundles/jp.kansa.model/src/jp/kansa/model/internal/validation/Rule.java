/*
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.kansa.model.internal.validation;

/** One group of related checks over a whole engagement. */
interface Rule {
	void check(RuleContext context);
}
