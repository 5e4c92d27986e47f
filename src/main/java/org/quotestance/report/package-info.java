/**
 * The outlet report: {@link org.quotestance.report.ReportRenderer#render(java.nio.file.Path)}
 * reads an output folder and writes a self-contained {@code report.html} with download tables.
 * Consumes only the JSON output contract; never loads CoreNLP.
 */
package org.quotestance.report;
