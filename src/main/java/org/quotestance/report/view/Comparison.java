package org.quotestance.report.view;

import java.util.List;

/**
 * The outlet comparison section.
 *
 * @param stanceChart stance shares of quotes, one bar per outlet
 * @param stanceTable counts, shares and Wilson intervals behind the chart
 * @param articleChart mean of per-article stance shares
 * @param articleTable the means with bootstrap intervals
 * @param campChart share of voice by speaker camp
 * @param campTable camp counts and shares
 * @param test the outlet × stance test as facts
 * @param testVerdict one plain sentence saying what the test shows
 * @param smallSample true when the sample is too small to tell outlets apart from chance
 * @param warnings the reasons behind {@code smallSample} and other cautions
 */
public record Comparison(
    StackedChart stanceChart,
    DataTable stanceTable,
    StackedChart articleChart,
    DataTable articleTable,
    StackedChart campChart,
    DataTable campTable,
    List<Fact> test,
    String testVerdict,
    boolean smallSample,
    List<String> warnings) {
  public Comparison {
    test = List.copyOf(test);
    warnings = List.copyOf(warnings);
  }
}
