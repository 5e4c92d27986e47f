/**
 * The outlet report: {@link org.quotestance.report.ReportRenderer#render(java.nio.file.Path)} reads
 * an output folder and writes a self-contained {@code report.html} with download tables. Consumes
 * only the JSON output contract; never loads CoreNLP.
 *
 * <p>Package-private helpers: reading ({@code OutputFolder}), computing ({@code Analysis}), page
 * sections, and small deterministic statistics ({@code Wilson}, {@code ChiSquare} with {@code
 * Gamma}, {@code MonteCarloTest}, {@code Bootstrap}, {@code LogOdds}, seeded by {@code
 * SplitMix64}).
 */
package org.quotestance.report;
