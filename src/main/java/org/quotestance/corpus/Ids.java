package org.quotestance.corpus;

import java.util.regex.Pattern;

/** Article ids double as output file names, so they keep to letters, digits, {@code . _ -}. */
final class Ids {
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

  private Ids() {}

  /** {@code id} with each run of other characters replaced by {@code _}. */
  static String safe(String id) {
    String safe = UNSAFE.matcher(id.strip()).replaceAll("_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }
}
