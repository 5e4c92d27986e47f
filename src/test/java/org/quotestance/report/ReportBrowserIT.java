package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The rendered fixture report in headless Chromium: charts, filters, safety, screenshot. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserIT {
  private static final long ALL_ROWS = 60;
  private HeadlessChromium browser;
  private List<String> loadErrors;

  @BeforeAll
  void renderAndOpen() {
    HeadlessChromium.requireBrowser();
    Path out = Fixtures.copyOutputFolder(Path.of("target", "report-it", "out"));
    RenderedReport report = ReportRenderer.render(out);
    browser = HeadlessChromium.open(report.html());
    loadErrors = browser.severeConsoleMessages();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Reset refilters on the next task (the reset event fires before the fields clear): wait. */
  @BeforeEach
  void clearFilters() {
    browser.driver().findElement(By.cssSelector("#filters button[type=reset]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> visibleRows() == ALL_ROWS);
  }

  @Test
  void pageLoadsWithoutConsoleErrors() {
    assertEquals(List.of(), loadErrors);
  }

  @Test
  void consoleErrorsWouldBeSeen() {
    browser.driver().executeScript("console.error('probe-7f3a')");
    List<String> messages = browser.severeConsoleMessages();
    assertTrue(messages.stream().anyMatch(m -> m.contains("probe-7f3a")), messages.toString());
  }

  @Test
  void filtersWorkFromTheKeyboard() {
    WebElement outlet = browser.driver().findElement(By.id("f-outlet"));
    outlet.sendKeys("Global");
    assertEquals(17, visibleRows());
    WebElement text = browser.driver().findElement(By.id("f-text"));
    text.sendKeys("surrender");
    assertEquals("1 of 60 quotes shown", browser.driver().findElement(By.id("q-count")).getText());
  }

  @Test
  void stanceChartHasOneBarPerOutlet() {
    List<WebElement> bars =
        browser.driver().findElements(By.cssSelector("svg[data-chart=stance] [data-bar]"));
    assertEquals(
        List.of(Fixtures.OUTLETS), bars.stream().map(b -> b.getAttribute("data-outlet")).toList());
  }

  @Test
  void outletFilterShowsOnlyThatOutletsQuotes() {
    assertEquals(ALL_ROWS, visibleRows());
    new Select(browser.driver().findElement(By.id("f-outlet"))).selectByValue("Harbor Times");
    assertEquals(8, visibleRows());
    assertEquals("8 of 60 quotes shown", browser.driver().findElement(By.id("q-count")).getText());
    new Select(browser.driver().findElement(By.id("f-stance"))).selectByValue("pro-Maduro");
    assertEquals(4, visibleRows());
    assertEquals("4 of 60 quotes shown", browser.driver().findElement(By.id("q-count")).getText());
  }

  @Test
  void confidenceAndTextFiltersCombine() {
    browser.driver().findElement(By.id("f-text")).sendKeys("surrender");
    assertEquals(1, visibleRows());
    browser.driver().findElement(By.id("f-text")).clear();
    WebElement conf = browser.driver().findElement(By.id("f-conf"));
    conf.clear();
    conf.sendKeys("0.9");
    long expected =
        browser.driver().findElements(By.cssSelector("#q-body tr")).stream()
            .filter(
                tr ->
                    Double.parseDouble(
                            tr.findElements(By.tagName("td")).get(6).getAttribute("textContent"))
                        >= 0.9)
            .count();
    assertTrue(expected > 0 && expected < 60);
    assertEquals(expected, visibleRows());
  }

  @Test
  void hostileQuoteIsShownAsTextAndRunsNothing() {
    assertEquals(Optional.empty(), browser.takeAlert());
    assertEquals(0, browser.driver().findElements(By.tagName("img")).size());
    assertEquals(
        null,
        browser
            .driver()
            .executeScript(
                "return typeof window.__pwned === 'undefined' ? null : window.__pwned;"));
    browser.driver().findElement(By.id("f-text")).sendKeys("pwned");
    assertEquals(2, visibleRows());
    String text = browser.driver().findElement(By.id("q-body")).getText();
    assertTrue(text.contains("<script>window.__pwned=1;alert(1)</script>"), text);
    assertTrue(text.contains("\"><img src=x onerror="), text);
    assertEquals(List.of(), browser.severeConsoleMessages());
  }

  @Test
  void sortingByConfidenceOrdersRowsDescending() {
    browser.driver().findElement(By.cssSelector("button[data-sort=p]")).click();
    List<Double> values =
        browser.driver().findElements(By.cssSelector("#q-body tr td:nth-child(7)")).stream()
            .map(td -> Double.parseDouble(td.getAttribute("textContent")))
            .toList();
    for (int i = 1; i < values.size(); i++) {
      assertTrue(values.get(i - 1) >= values.get(i), values.toString());
    }
    assertEquals(
        "descending",
        browser
            .driver()
            .findElement(By.cssSelector("button[data-sort=p]"))
            .findElement(By.xpath(".."))
            .getAttribute("aria-sort"));
  }

  @Test
  void savesFullPageScreenshot() throws Exception {
    Path png = browser.screenshotFullPage(Path.of("target", "report-screenshots", "report.png"));
    assertTrue(Files.size(png) > 10_000);
  }

  private long visibleRows() {
    Object n =
        browser
            .driver()
            .executeScript("return document.querySelectorAll('#q-body tr:not([hidden])').length;");
    return ((Number) n).longValue();
  }
}
