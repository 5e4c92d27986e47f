package org.quotestance.cli;

import org.quotestance.nlp.CoreNlpParser;
import org.quotestance.output.RunManifest;
import picocli.CommandLine;

/** Prints the tool and CoreNLP versions for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"quotestance " + RunManifest.toolVersion() + " (CoreNLP " + CoreNlpParser.CORENLP_VERSION + ")"};
  }
}
