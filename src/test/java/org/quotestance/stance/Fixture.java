package org.quotestance.stance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.quotestance.model.CharSpan;
import org.quotestance.model.QuoteKind;

/** The test domain under {@code src/test/resources/stance/domain} and ways to build inputs. */
final class Fixture {
  static final Path DOMAIN = Path.of("src/test/resources/stance/domain");

  private Fixture() {}

  /** The fixture's stance files, without a trained model. */
  static StanceDomain domain() {
    return StanceDomain.load(DOMAIN);
  }

  /** Copies the fixture domain into {@code dir} (which must exist) and returns it. */
  static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.list(DOMAIN)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * A partial quote inside {@code sentence} (which marks it {@code {Q}}), with the sentence
   * starting at article offset {@code offset}.
   */
  static StanceInput partial(String quote, String sentence, String camp, int offset) {
    int at = sentence.indexOf("{Q}");
    String context = sentence.replace("{Q}", quote);
    return new StanceInput(
        quote,
        new CharSpan(offset + at, offset + at + quote.length()),
        context,
        new CharSpan(offset, offset + context.length()),
        QuoteKind.PARTIAL,
        camp);
  }

  static StanceInput direct(String quote, String camp) {
    return StanceInput.standalone(quote, QuoteKind.DIRECT, camp);
  }
}
