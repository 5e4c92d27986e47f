package org.quotestance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quotestance.InputException;

/** Default locations: the domain folder is looked up in the working folder, then in the install. */
final class Paths {
  static final String DEFAULT_DOMAIN = "models/venezuela-2019";

  private Paths() {}

  static Path domain(Path given) {
    if (given != null) {
      return given;
    }
    Path local = Path.of(DEFAULT_DOMAIN);
    if (Files.isDirectory(local)) {
      return local;
    }
    String home = System.getProperty("quotestance.home");
    if (home != null && Files.isDirectory(Path.of(home, DEFAULT_DOMAIN))) {
      return Path.of(home, DEFAULT_DOMAIN);
    }
    throw new InputException(DEFAULT_DOMAIN + ": domain folder not found; name one with --domain DIR");
  }

  static void requireExists(Path path, String what) {
    if (!Files.exists(path)) {
      throw new InputException(what + " not found: " + path);
    }
  }
}
