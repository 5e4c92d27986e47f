package org.quotestance.report.view;

/**
 * The speakers section.
 *
 * @param top the most-quoted speakers with camp, role and counts per stance
 * @param matrix speaker × outlet counts for the same speakers
 * @param note how many speakers exist in total and where to find all of them
 */
public record Speakers(DataTable top, DataTable matrix, String note) {}
