package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotestance.quotes.Passages.quote;

import org.junit.jupiter.api.Test;
import org.quotestance.model.ArticleAnalysis;

/**
 * Ordinary people in local and community news, who are often named by a first name only: a
 * family introduced together, a surname withheld, a caller who names themselves. Short passages
 * written for these tests, through the public facade.
 */
class FirstNameSourcesIT {
  @Test
  void aChildOrSiblingIntroducedBesideAFullNameCarriesTheFamilyName() {
    ArticleAnalysis a =
        Passages.analyze(
            """
            Doral watches the oath

            At a table by the window, Yelitza Parra, 52, and her daughter Valentina, 19, were \
            recording the broadcast.

            "My mom is crying and I'm filming her," Valentina said.

            Nelly, her husband Orlando Quintero, 53, and their son, Andrés, came to Nanaimo in 2016.

            "Dad, nobody cares who is responsible," Andrés said.

            Luis Pérez, 60, and his wife Carmen run the bakery on the corner.

            "We open at six, power or no power," Carmen said.

            Marisela Contreras with her daughter Lucía at their home in Aberdeen.

            "My granny sends us voice notes," Lucía said.

            María Rodríguez said troops took Wilmer Pérez and her son Tomás on Monday.

            "They came at night," Tomás said.\
            """);
    assertEquals("Valentina Parra", quote(a, "My mom is crying").speaker().name());
    assertEquals("Andrés Quintero", quote(a, "Dad, nobody cares").speaker().name(), "the name named last before");
    assertEquals("Carmen", quote(a, "We open at six").speaker().name(), "a wife may keep her own name");
    assertEquals("Lucía Contreras", quote(a, "My granny sends").speaker().name());
    assertEquals("Tomás", quote(a, "They came at night").speaker().name(), "her son, not the son of the man taken");
  }

  @Test
  void aPossessiveOpeningTheSentenceStandsForTheSubjectNamedJustBefore() {
    ArticleAnalysis a =
        Passages.analyze(
            """
            CARACAS — On the night of March 7, when the power failed, Rosa Pérez was marking a \
            neighbour's homework by candlelight. She had retired three years earlier. Her son \
            Daniel came in from the patio holding his phone above his head.

            "It's the whole country, Mamá," he said.

            Carmen Ortiz sells coffee in Petare. Her husband Luis drives a taxi. "We split the \
            day," Luis said.

            Marta Díaz waited at the gate while a guard checked the list. His daughter Ana waved. \
            "We are fine," Ana said.\
            """);
    assertEquals("Daniel Pérez", quote(a, "It's the whole country").speaker().name());
    // A spouse may bear another name; a possessive that does not agree is someone else's.
    assertEquals("Luis", quote(a, "We split the day").speaker().name());
    assertEquals("Ana", quote(a, "We are fine").speaker().name());
  }

  @Test
  void aGivenNameThatIsAlsoACityIsThePersonNamedInFull() {
    // CoreNLP tags "Orlando" alone as a location
    ArticleAnalysis a =
        Passages.analyze(
            """
            Nanaimo family follows the blackout

            Nelly, her husband Orlando Quintero, 53, and their daughter came to Nanaimo in 2016.

            "They stole the money for the power plants," Orlando said.\
            """);
    assertEquals("Orlando Quintero", quote(a, "They stole the money").speaker().name());
  }

  @Test
  void aWithheldSurnameLeavesTheFirstName() {
    ArticleAnalysis a =
        Passages.analyze(
            """
            Not everyone was celebrating

            Ender, 29, a delivery driver who asked that his surname not be used because his \
            parents work for a state company, watched from the counter.

            "I don't want to see Marines in La Guaira," he said.

            Yolanda, 61, has sold coffee at the bridge for ten years.

            "Nobody crosses any more, and nobody buys," she said, asking that her surname not be used.

            A nurse at the clinic, who asked that her surname not be used, was blunt. "We have no \
            gloves," she said.

            Vice President Delcy Rodríguez blamed sabotage for the outage on Monday.

            "There is no food and no water," said a mother of three in Maracaibo.

            "We boil what we find," she said, asking that her last name not be published.\
            """);
    assertEquals("Ender", quote(a, "I don't want to see").speaker().name());
    assertEquals("Yolanda", quote(a, "Nobody crosses").speaker().name());
    assertEquals("UNKNOWN", quote(a, "We have no gloves").speaker().name(), "no first name: still unnamed");
    assertEquals("UNKNOWN", quote(a, "We boil what").speaker().name(), "not a woman named in full before");
  }

  @Test
  void aCallerWhoIdentifiedHimselfByANameIsThatNameNotARegisteredNamesake() {
    // "Omar" is a registry alias of Ilhan Omar
    ArticleAnalysis a =
        Passages.analyze(
            """
            Callers split on the bridges

            A man who identified himself as Omar, calling from San Antonio del Táchira, said the \
            border had closed because of the opposition.

            "On February 23 they came with trucks," he said.

            Host Jairo Peñaranda read a message from a listener who answered Omar. Omar called \
            back an hour later.

            "I am still here, and I still say it," Omar said.

            A woman who identified herself as Venezuelan said the border was closed. "We wait \
            every day," she said.

            A caller who gave his name only as Scott said the bridge was full. "Nobody moves," \
            Scott said.\
            """);
    assertEquals("Omar", quote(a, "On February 23").speaker().name());
    assertEquals("Omar", quote(a, "I am still here").speaker().name());
    assertEquals("UNKNOWN", quote(a, "We wait every day").speaker().name(), "a nationality is no name");
    assertEquals("Scott", quote(a, "Nobody moves").speaker().name(), "not a registered Scott");
  }
}
