/**
 * Small, dependency-free statistics used by the outlet report: Wilson score intervals, the
 * chi-square test of independence with Cramér's V, a seeded Monte Carlo permutation test, a
 * seeded bootstrap of means and the weighted log-odds ratio with an informative Dirichlet prior.
 * Every method is deterministic: the same input and seed give the same numbers on every run.
 */
package org.quotestance.report.stats;
