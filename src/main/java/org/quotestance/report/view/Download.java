package org.quotestance.report.view;

/**
 * A link to a file next to report.html.
 *
 * @param href relative link
 * @param label file name
 * @param description what it holds
 * @param present whether the file exists at render time
 */
public record Download(String href, String label, String description, boolean present) {}
