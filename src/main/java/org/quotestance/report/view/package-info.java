/**
 * Template models for {@code report.html}: plain immutable records holding ready-formatted text and
 * chart geometry, consumed by the jte templates in {@code src/main/jte}. Public only because the
 * precompiled templates live in another package. Not API: may change without notice.
 */
package org.quotestance.report.view;
