/** Evaluation against annotated gold quotes: attribution and stance scores with baselines. */
package org.quotestance.eval;
