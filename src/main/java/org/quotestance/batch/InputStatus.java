package org.quotestance.batch;

/**
 * What happened to one input (an article, or a file that yielded none).
 *
 * @param source the path as given (with {@code #n} for the n-th record of a JSON file)
 * @param id the article id, or empty when loading failed
 * @param sha256 hash of the article text, or of the file bytes when loading failed
 * @param status {@code ok}, {@code reused} (analysis from an earlier run kept), {@code failed},
 *     {@code skipped} (over the size limit) or {@code duplicate} (same text as another article)
 * @param message the reason, for anything but ok and reused; for those two, the article's loading
 *     warnings (an encoding fallback, a date kept as written), if any
 */
public record InputStatus(String source, String id, String sha256, String status, String message) {
  public boolean failed() {
    return status.equals("failed");
  }
}
