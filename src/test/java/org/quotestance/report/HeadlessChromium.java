package org.quotestance.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens any report.html in headless Chromium (Debian's {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver}) for browser tests. Paths are given explicitly, so Selenium Manager never
 * downloads anything. Each instance uses a fresh temporary profile, deleted on {@link #close()}.
 *
 * <pre>{@code
 * HeadlessChromium.requireBrowser();
 * try (HeadlessChromium browser = HeadlessChromium.open(Path.of("reports/seeds/report.html"))) {
 *   assertEquals(List.of(), browser.severeConsoleMessages());
 *   browser.screenshotFullPage(Path.of("target/report-screenshots/seeds.png"));
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Set to {@code 1} to skip browser tests where Chromium cannot be installed. */
  public static final String SKIP_VARIABLE = "QUOTESTANCE_SKIP_BROWSER";

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Aborts the calling test (reported as skipped) when {@value #SKIP_VARIABLE}=1. When Chromium or
   * its driver is missing it fails under CI ({@code CI=true}, where {@code .ci/run} installs them)
   * and is skipped with instructions elsewhere, so a machine with only Java and Maven still passes.
   */
  public static void requireBrowser() {
    if ("1".equals(System.getenv(SKIP_VARIABLE))) {
      Assumptions.abort(SKIP_VARIABLE + "=1: browser tests skipped");
    }
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
        Assumptions.abort(p + " is missing: browser tests skipped; install it with"
            + " `apt-get install -y chromium chromium-driver` to run them");
      }
      if (!Files.isExecutable(p)) {
        fail(
            p
                + " is missing: install it with `apt-get install -y chromium chromium-driver`,"
                + " or set "
                + SKIP_VARIABLE
                + "=1 to skip browser tests");
      }
    }
  }

  /** Opens {@code html} (a file) at laptop size, 1366 × 900, and waits for it to load. */
  public static HeadlessChromium open(Path html) {
    return open(html, 1366, 900);
  }

  /** Opens {@code html} in a window of the given size. */
  public static HeadlessChromium open(Path html, int width, int height) {
    requireBrowser();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("quotestance-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.get(html.toAbsolutePath().toUri().toString());
    return new HeadlessChromium(driver, profile);
  }

  /** The driver, for finding elements and running scripts. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Console messages at level SEVERE since the last call (errors, CSP violations, exceptions). */
  public List<String> severeConsoleMessages() {
    List<String> out = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(entry.getMessage());
      }
    }
    return out;
  }

  /** The text of an open JavaScript alert, dismissing it, or empty when none is open. */
  public Optional<String> takeAlert() {
    try {
      var alert = driver.switchTo().alert();
      String text = alert.getText();
      alert.dismiss();
      return Optional.of(text);
    } catch (NoAlertPresentException e) {
      return Optional.empty();
    }
  }

  /** Saves a PNG of the whole page, beyond the viewport, via DevTools Page.captureScreenshot. */
  @SuppressWarnings("unchecked")
  public Path screenshotFullPage(Path png) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = ((Number) size.get("height")).doubleValue();
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temp profile is harmless.
      }
    }
  }
}
