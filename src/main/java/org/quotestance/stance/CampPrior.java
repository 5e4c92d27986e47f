package org.quotestance.stance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotestance.InputException;

/**
 * A prior-shift correction for the speaker's camp. The training set deliberately gives about a
 * quarter of each camp's quotes a label other than the camp's usual side, so the model learns cues
 * rather than camps; in news most quotes take their camp's side. {@code campPrior} in {@code
 * domain.json} (default 1, no correction) multiplies the probability of the camp's usual side
 * before renormalising: it tilts close calls, while clear cues still win (a Maduro call for
 * dialogue stays neutral-procedural).
 */
final class CampPrior {
  static final String FILE = "domain.json";

  private CampPrior() {}

  static double read(Path domainDir) {
    Path file = domainDir.resolve(FILE);
    if (!Files.exists(file)) {
      return 1.0;
    }
    try {
      JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
      double prior = o.has("campPrior") ? o.get("campPrior").getAsDouble() : 1.0;
      if (!(prior > 0)) {
        throw new InputException(file + ": campPrior must be a positive number, got " + prior);
      }
      return prior;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(file + ": malformed domain description (" + e.getMessage() + ")", e);
    }
  }

  /** {@code p} with label {@code side} weighted by {@code factor}, renormalised. */
  static double[] apply(double[] p, int side, double factor) {
    double[] out = p.clone();
    out[side] *= factor;
    double sum = 0;
    for (double v : out) {
      sum += v;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
