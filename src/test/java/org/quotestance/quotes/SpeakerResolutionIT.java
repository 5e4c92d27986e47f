package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quotes.Passages.assertSpeaker;
import static org.quotestance.quotes.Passages.quote;

import org.junit.jupiter.api.Test;
import org.quotestance.model.Article;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Metadata;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

/**
 * Turning the attributed phrase into a canonical speaker: pronouns, roles ({@code the minister},
 * {@code the statement}, {@code the union}), registry names of countries and capitals, surnames and
 * unaccented spellings, on short passages written for these tests, through the public facade.
 */
class SpeakerResolutionIT {
  private static ArticleAnalysis analyze(String text) {
    return Passages.analyze(text);
  }

  @Test
  void resolvesTheMinistryInAStatementToTheMinistryNamedBefore() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's Foreign Ministry rejected the new sanctions on Friday.

            In a statement, the ministry said "the measures are a crime against the Venezuelan \
            people.\"\
            """);
    assertSpeaker(
        "Venezuelan Foreign Ministry", "verb-before", quote(a, "the measures are a crime"));
  }

  @Test
  void resolvesHeToManNamedInPreviousParagraph() {
    ArticleAnalysis a =
        analyze(
            """
            Pedro Salas, a 54-year-old taxi driver, waited four hours for fuel in Valencia on \
            Tuesday.

            "I have never seen lines like this, not even in 2016," he said.\
            """);
    assertSpeaker("Pedro Salas", "adjacent-after:pronoun", quote(a, "I have never seen lines"));
  }

  @Test
  void resolvesSheToTheWomanWhenAManIsTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Defence lawyer Andrés Molina met the prosecutor, Isabel Quintero, on Monday to discuss \
            the case.

            "We will not drop the charges against any of the officers," she said.\
            """);
    assertSpeaker("Isabel Quintero", "adjacent-after:pronoun", quote(a, "We will not drop"));
  }

  @Test
  void resolvesHeToTheManWhenAWomanIsTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Isabel Quintero, the prosecutor, met defence lawyer Andrés Molina on Monday.

            "My clients were never at the base that night," he said.\
            """);
    assertSpeaker("Andrés Molina", "adjacent-after:pronoun", quote(a, "My clients were never"));
  }

  @Test
  void resolvesHeAmongSeveralPeopleToTheSentenceSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Elliott Abrams, the US special envoy, met Venezuelan exiles in Miami on Monday. \
            A reporter, María Soto, asked him about military options.

            "Every option remains on the table," he said.\
            """);
    assertSpeaker("Elliott Abrams", "adjacent-after:pronoun", quote(a, "Every option remains"));
  }

  @Test
  void resolvesTheMinisterAddedToTheMinisterNamedBefore() {
    ArticleAnalysis a =
        analyze(
            """
            Esteban Carrasco, Ecuador's migration minister, said the country would require \
            passports from Venezuelan arrivals from Monday.

            "We cannot absorb another wave of arrivals without help from the rest of the region," \
            the minister added.\
            """);
    Quote q = quote(a, "We cannot absorb another wave");
    assertSpeaker("Esteban Carrasco", "adjacent-after:role", q);
    assertEquals("add", q.speaker().verb());
  }

  @Test

  void resolvesTheMinisterAddedPastALaterNamedPerson() {
    ArticleAnalysis a =
        analyze(
            """
            Esteban Carrasco, Ecuador's migration minister, met the UN refugee chief Filippo \
            Grandi in Quito.

            "We cannot absorb another wave of arrivals without help from the rest of the region," \
            the minister added.\
            """);
    assertSpeaker("Esteban Carrasco", "adjacent-after:role", quote(a, "We cannot absorb"));
  }

  @Test
  void resolvesTheStatementSaidToTheOrganisationThatIssuedIt() {
    ArticleAnalysis a =
        analyze(
            """
            The National Assembly issued a statement on Thursday condemning the arrest of its \
            vice president.

            "This detention is a flagrant violation of parliamentary immunity," the statement \
            said.\
            """);
    Quote q = quote(a, "This detention is a flagrant violation");
    assertSpeaker("National Assembly of Venezuela", "adjacent-after", q);
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
  }

  @Test

  void resolvesTheStatementSaidToItsIssuerAfterAnotherSpeakersQuote() {
    ArticleAnalysis a =
        analyze(
            """
            "We will restore power to every state by Sunday," Juan Guaidó said at a rally in \
            Caracas.

            Venezuela's Information Ministry issued a statement blaming the opposition for the \
            outage.

            "The saboteurs will be found and punished," the statement said.\
            """);
    assertSpeaker("Juan Guaidó", "adjacent-after:name", quote(a, "We will restore power"));
    assertSpeaker(
        "Venezuelan Information Ministry", "adjacent-after", quote(a, "The saboteurs will be"));
  }

  @Test
  void resolvesTheUnionSaidToTheUnionNamedBefore() {
    ArticleAnalysis a =
        analyze(
            """
            Talks between the Ministry of Labour and the National Federation of Port Workers \
            broke down on Friday.

            "Our members will not return to work until the back pay arrives," the union said.\
            """);
    Quote q = quote(a, "Our members will not return");
    assertSpeaker("National Federation of Port Workers", "adjacent-after:role", q);
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
  }

  @Test

  void resolvesTheUnionSaidToUnionNamedWithAPlace() {
    ArticleAnalysis a =
        analyze(
            """
            Members of the Puerto Cabello Dockworkers Union walked off the job on Wednesday.

            The strike will go on "until the back pay is in our accounts," the union said.\
            """);
    assertSpeaker(
        "Puerto Cabello Dockworkers Union", "adjacent-after:role", quote(a, "until the back pay"));
  }

  @Test

  void leavesTheUnionSaidUnresolvedWhenNoUnionIsNamed() {
    ArticleAnalysis a =
        analyze(
            """
            Dockworkers marched on Congress on Monday after the port was sold.

            ‘We don’t accept it,’ the union said in a short statement.\
            """);
    Speaker s = quote(a, "We don’t accept it").speaker();
    // Unknown, or an unnamed description of the union; not an organisation named for other reasons.
    assertTrue(
        !s.isKnown() || s.method().endsWith(":description"), s.name() + " (" + s.method() + ")");
  }

  @Test
  void resolvesMoscowToRussia() {
    ArticleAnalysis a =
        analyze("Moscow said the recognition of Guaidó was \"a direct path to bloodshed.\"");
    Quote q = quote(a, "a direct path to bloodshed");
    assertSpeaker("Russia", "verb-before:name", q);
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
    assertEquals("russia", q.speaker().camp());
  }

  @Test
  void resolvesMoscowAfterQuoteToRussia() {
    ArticleAnalysis a = analyze("The sanctions are \"an act of economic piracy,\" Moscow said.");
    assertSpeaker("Russia", "adjacent-after:name", quote(a, "an act of economic piracy"));
  }

  @Test
  void resolvesWashingtonToTheUnitedStates() {
    ArticleAnalysis a =
        analyze(
            """
            Washington said the arrests were "a desperate attempt to intimidate the National \
            Assembly.\"\
            """);
    assertSpeaker("United States", "verb-before:name", quote(a, "a desperate attempt"));
  }

  @Test
  void resolvesSurnameToFullNameGivenEarlier() {
    ArticleAnalysis a =
        analyze(
            """
            Carla Mendes, an economist at a Caracas consultancy, said inflation could pass one \
            million percent this year.

            "Prices are doubling every few weeks and wages cannot keep up," Mendes said.\
            """);
    assertSpeaker("Carla Mendes", "adjacent-after:name", quote(a, "Prices are doubling"));
  }

  @Test
  void keepsArticlePersonWhoseSurnameIsARegistryAlias() {
    ArticleAnalysis a =
        analyze(
            """
            Eduardo Sánchez, a lawyer for the detained journalists, said "they have been held for \
            40 days without charge."

            "Nobody in the court will tell us where they are," he said.\
            """);
    assertSpeaker("Eduardo Sánchez", "verb-before:name", quote(a, "they have been held"));
    assertSpeaker("Eduardo Sánchez", "adjacent-after:pronoun", quote(a, "Nobody in the court"));
  }

  @Test
  void resolvesUnaccentedNameToRegistryName() {
    ArticleAnalysis a =
        analyze(
            """
            Opposition leader Juan Guaido addressed supporters in eastern Caracas on Saturday.

            "We will not stop until we have free elections," Guaido said.\
            """);
    Quote q = quote(a, "We will not stop");
    assertSpeaker("Juan Guaidó", "adjacent-after:name", q);
    assertEquals("venezuelan-opposition", q.speaker().camp());
  }

  @Test
  void aCoupleWhoShareASurnameStayTwoPeople() {
    ArticleAnalysis a =
        analyze(
            """
            Among the first in line at the border post was Yohandry Pérez, 31, who travelled by \
            bus from Barquisimeto with her two daughters.

            “We sold the fridge to pay for this trip,” she said.

            Her husband, Luis Pérez, arrived separately on Friday. “Nobody told us anything about \
            a visa,” he said.\
            """);
    // Luis's gender is not hers, and his name is not a shorter form of hers.
    assertSpeaker("Yohandry Pérez", "adjacent-after:pronoun", quote(a, "We sold the fridge"));
    assertSpeaker("Luis Pérez", "adjacent-after:pronoun", quote(a, "Nobody told us anything"));
  }

  @Test
  void theSubjectOfUnknownGenderBeatsAKnownManFurtherIn() {
    ArticleAnalysis a =
        analyze(
            """
            Arkady Lebedev, a historian in Moscow, noted that predictions of Nicolás Maduro's \
            fall have so far failed. "Every Tuesday they announce the end. It never comes," he \
            said.\
            """);
    assertSpeaker("Arkady Lebedev", "adjacent-after:pronoun", quote(a, "Every Tuesday they"));
  }

  @Test
  void aNameInsideSomeoneElsesDescriptionIsNotTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            A relative of Rafael Ortega, reached by telephone, said the family had not been \
            allowed to see him. "We brought his medicine to the gate and they took the bag," the \
            relative said.

            The deputy Juan Guaidó wrote on Twitter that the meeting was a waste of time.

            The executive secretariat of the Forum announced that the next meeting will take \
            place in 2020. "The host country will be announced in December," the secretariat \
            said.\
            """);
    Speaker relative = quote(a, "We brought his medicine").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, relative.name(), relative.method());
    assertTrue(relative.isKnown(), "an unnamed relative, described");
    Speaker secretariat = quote(a, "The host country").speaker();
    assertEquals("Forum", secretariat.name(), "the Forum whose secretariat it is, not Guaidó two sentences up");
  }

  @Test
  void aRelativeClauseAfterAPlaceIsAboutWhatIsThere() {
    ArticleAnalysis a =
        analyze(
            """
            The Venezuelan Embassy in Port of Spain, which represents the government of Nicolás \
            Maduro, said in a statement that it "remains at the disposal of all compatriots" and \
            blamed the exodus on "the criminal economic blockade" imposed by the United States.\
            """);
    Quote q = quote(a, "the criminal economic blockade");
    assertEquals("Venezuelan Embassy", q.speaker().name(), q.speaker().method());
  }

  @Test
  void aSurnameAloneIsTheNamesakeNamedLastBeforeIt() {
    ArticleAnalysis a =
        analyze(
            """
            Opposition Leader Peter Phillips said his party did not object to the purchase.

            "We are seizing the property of a friend," Dr Phillips said.

            At a service station, taxi operator Marcia Phillips said she had no opinion. "Just \
            keep the pumps open," Mrs Phillips said.\
            """);
    // not the longer name: Marcia is named after Dr Phillips speaks
    assertSpeaker("Peter Phillips", "adjacent-after:name", quote(a, "We are seizing"));
    Speaker marcia = quote(a, "Just keep the pumps").speaker();
    assertEquals("Marcia Phillips", marcia.name());
    assertEquals("taxi operator", marcia.role(), "the description, not the honorific");
  }

  @Test
  void aNameDescribingSomeoneElseIsNoAntecedent() {
    ArticleAnalysis a =
        analyze(
            """
            The government delegation is led by Information Minister Jorge Rodríguez, a \
            psychiatrist and longtime Maduro confidant. He wrote on Twitter that the team had \
            arrived "with a mandate to seek a peaceful agreement among Venezuelans."

            Costa Rica's foreign minister, Manuel Ventura Robles, spoke in San José. "We will not \
            support any military adventure," Ventura said.\
            """);
    // "Maduro confidant" describes Rodríguez; Maduro is not who "he" is
    assertSpeaker("Jorge Rodríguez", "verb-before:pronoun", quote(a, "with a mandate"));
    assertSpeaker("Manuel Ventura Robles", "adjacent-after:name", quote(a, "We will not support"));
  }

  @Test
  void aSourceWhoIsNotNamedIsUnknownWhateverPlaceHisPhraseNames() {
    ArticleAnalysis a =
        analyze(
            """
            An engineer at a power plant outside Caracas, who asked not to be identified, said: \
            "We have had no spare parts since March."

            A senior figure in the opposition coalition, speaking on condition of anonymity, told \
            reporters: "We knew about the payments in September."

            A spokeswoman for the relief centre set up by the Aruban government said: "The first \
            shipment is expected at the weekend."\
            """);
    for (String start : new String[] {"We have had no spare", "We knew about", "The first shipment"}) {
      assertEquals(Speaker.UNKNOWN_NAME, quote(a, start).speaker().name(), start);
    }
  }

  @Test
  void aSurnameThatIsAlsoAPlaceIsThePersonWhenItOpensAClause() {
    ArticleAnalysis a =
        analyze(
            """
            The head of the regional government, Miguel Albuquerque, met emigrant groups in Funchal.

            Albuquerque also criticised the Venezuelan authorities. "Businesses have been looted and \
            the government looks the other way."

            The consul, Pedro Ramos, said that flights to Albuquerque were cancelled. "Nobody told \
            us anything," he said.\
            """);
    assertSpeaker("Miguel Albuquerque", "topic-before:name", quote(a, "Businesses have been looted"));
    assertSpeaker("Pedro Ramos", "adjacent-after:pronoun", quote(a, "Nobody told us"));
  }

  @Test
  void aRoleAfterARoleAndNameOpeningTheSentenceBeforeIsThatName() {
    ArticleAnalysis a =
        analyze(
            """
            President Nicolás Maduro told workers in Caracas that the vote was a victory.
            The Venezuelan ambassador to the United Nations, Samuel Moncada, explained that the \
            country would take its seat in January. "We will be in Geneva from February," the \
            diplomat indicated.\
            """);
    assertSpeaker("Samuel Moncada", "adjacent-after:role", quote(a, "We will be in Geneva"));
  }

  @Test
  void theSpokespersonAfterAnUnnamedOneIsUnknownWithTheBodyItSpeaksFor() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's Foreign Ministry called the agreement a victory for peace.

            In Washington, a State Department spokesperson dismissed the deal. "This is an attempt \
            by Maduro to pick his own opposition," the spokesperson said.\
            """);
    Speaker s = quote(a, "This is an attempt").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, s.name());
    assertEquals("us-government", s.camp(), "the department's camp, not the Venezuelan ministry's");
  }

  @Test
  void anOfficeOrServiceOfANamedBodySpeaksForThatBody() {
    ArticleAnalysis a =
        analyze(
            """
            The Faes, a special police unit, is linked in the report to many of the killings.

            The European Union's diplomatic service said in a statement that it "takes note" of \
            the findings.

            The OAS press office said the resolution "takes effect immediately".\
            """);
    assertSpeaker("European Union", "verb-before:role", quote(a, "takes note"));
    assertSpeaker("Organization of American States", "verb-before:role", quote(a, "takes effect"));
  }

  @Test
  void aWebsiteSpeaksForWhoeverOwnsIt() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Winston Peters said New Zealand was watching closely.

            The Ministry of Foreign Affairs and Trade's SafeTravel website advises New Zealanders \
            "do not travel" to Venezuela.

            Australia's Department of Foreign Affairs and Trade urged restraint. The department's \
            Smartraveller website continues to warn of "violent crime and severe shortages".

            Soldiers who deserted told the investigation they had not been paid. The website that \
            published the investigation said: "We stand by every figure in our report."

            Human Rights Watch qualified the result as "shameful for the council".

            Efecto Cocuyo, an independent news website, published the documents on Monday. The \
            website said in a note that it "stands by every figure".\
            """);
    assertSpeaker("Ministry of Foreign Affairs and Trade", "verb-before:document", quote(a, "do not travel"));
    assertSpeaker("Department of Foreign Affairs and Trade", "verb-before", quote(a, "violent crime"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "We stand by").speaker().name());
    assertSpeaker("Human Rights Watch", "verb-before:name", quote(a, "shameful for the council"));
    assertSpeaker("Efecto Cocuyo", "verb-before:role", quote(a, "stands by every figure"));
  }

  @Test
  void anAcronymIsTheOrganisationWhoseWordsItAbbreviates() {
    ArticleAnalysis a =
        analyze(
            """
            Major League Baseball told its clubs that players should not take part in the league.

            "We continue to seek guidance from the Treasury," MLB said in a statement.

            "We will play the season with or without them," the LVBP said.\
            """);
    assertSpeaker("Major League Baseball", "adjacent-after", quote(a, "We continue"));
    assertSpeaker("LVBP", "adjacent-after", quote(a, "We will play"));

    ArticleAnalysis b =
        analyze(
            """
            The International Crisis Group published a report on Monday. The International Contact \
            Group met in Montevideo.

            "The talks must go on," the ICG said.\
            """);
    assertEquals("ICG", quote(b, "The talks").speaker().name(), "two bodies share the initials");
  }

  @Test
  void aFullStopBeforeTheOpeningMarkEndsTheAttributionSentence() {
    ArticleAnalysis a =
        analyze(
            """
            The International Organization for Migration (IOM) says thousands of Venezuelans have \
            been relocated from Roraima.
            \u201dRelocation works when there is a job waiting at the other end,\u201c said an IOM \
            officer in Boa Vista who asked not to be named. \u201dWhen there is not, people come back \
            to the street.\u201c
            A Venezuelan consular official in Boa Vista, who asked not to be identified, said the \
            numbers were "inflated by people who want to justify an intervention."\
            """);
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "When there is not").speaker().name(),
        "the unnamed officer's, not the body named in the relative clause's sentence");
    assertEquals("same-paragraph", quote(a, "When there is not").speaker().method());

    ArticleAnalysis b =
        analyze(
            """
            "There was no cyberattack. What there has been is twenty years of corruption and \
            looting in the electrical sector," Guaido told supporters in Caracas, according to \
            local media. "The usurper wants to blame the empire for his own failure."

            "We have lived with this since 2015," said Nelly Contreras, who sells rice in La \
            Parada. "We shopkeepers pay for it."\
            """);
    assertEquals("Juan Guaidó", quote(b, "The usurper").speaker().name(), "a main verb still speaks");
    assertEquals("Nelly Contreras", quote(b, "We shopkeepers").speaker().name());
  }

  @Test
  void aMissionSpeaksNotTheBodyItIsSentTo() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's mission to the Organization of American States called the declaration "a \
            shameful act of interference in our internal affairs" in a statement.

            In its explanation of vote, the Bolivian mission to the OAS said the text "violates the \
            principle of non-intervention".\
            """);
    Speaker venezuela = quote(a, "a shameful act").speaker();
    assertEquals("Venezuela's mission to the Organization of American States", venezuela.name());
    assertEquals("venezuelan-government", venezuela.camp(), "the camp of the country that sends it");
    assertEquals("Bolivian mission to the OAS", quote(a, "violates the principle").speaker().name());

    ArticleAnalysis b = analyze(
        "The Venezuelan government's delegation to the Organization of American States said the vote was \"illegal\".");
    assertEquals("Venezuelan government's delegation to the Organization of American States",
        quote(b, "illegal").speaker().name());
  }

  @Test
  void aRegistryDescriptionDoesNotMakeABodyAMinistry() {
    ArticleAnalysis a =
        analyze(
            """
            UN High Commissioner Michelle Bachelet presented the report in Geneva on Thursday.

            Venezuela's government rejected the findings. In a lengthy response, the foreign \
            ministry described the report as "a catalogue of distortions".\
            """);
    Speaker s = quote(a, "a catalogue").speaker();
    assertTrue(s.name().startsWith("Venezuela"), "not the United Nations, whose registry role once mentioned its secretariat: " + s);
    assertEquals("venezuelan-government", s.camp());
  }

  @Test
  void itAfterADocumentSubjectIsTheDocumentsIssuer() {
    ArticleAnalysis a =
        analyze(
            """
            UN High Commissioner for Human Rights Michelle Bachelet on Friday presented her \
            office's report on Venezuela to the Human Rights Council in Geneva.

            The report focuses in particular on the Special Action Forces (FAES), a police unit \
            created in 2016. It describes operations by the unit in poor neighbourhoods as \
            "disproportionate and frequently lethal".\
            """);
    assertSpeaker("Michelle Bachelet", "verb-before:document", quote(a, "disproportionate"));

    ArticleAnalysis b =
        analyze(
            """
            Opposition leader Juan Guaidó published a statement on new elections on Monday.

            The statement's critics in the Venezuelan Foreign Ministry were quick to respond. It \
            called the document "a provocation".\
            """);
    assertEquals("Venezuelan Foreign Ministry", quote(b, "a provocation").speaker().name(),
        "the document is no subject here");

    ArticleAnalysis c =
        analyze(
            """
            UN High Commissioner for Human Rights Michelle Bachelet presented her office's report.

            The report drew a sharp response from Venezuela's foreign ministry. It said the office \
            had relied on "opposition sources".\
            """);
    assertFalse(quote(c, "opposition sources").speaker().method().endsWith("document"),
        "a document that a body answers is not what 'it' stands for: " + quote(c, "opposition sources").speaker());
  }

  @Test
  void aCountrysForeignMinistryIsTheMinistryNotTheCountry() {
    ArticleAnalysis a =
        analyze(
            """
            Paraguay closed its embassy in Caracas on Thursday.

            Paraguay's foreign ministry said the decision was taken "in defence of democratic \
            values".

            In a brief note, the Farnesina said the two deputies "are being hosted at the \
            residence of the Italian ambassador".\
            """);
    Speaker paraguay = quote(a, "in defence of democratic").speaker();
    assertEquals("Paraguayan Foreign Ministry", paraguay.name());
    assertEquals("lima-group", paraguay.camp(), "the ministry speaks for its country's camp");
    assertEquals("Italian Foreign Ministry", quote(a, "are being hosted").speaker().name());
  }

  @Test
  void anOrganisationNounWithOfOrForKeepsTheWholeName() {
    // CoreNLP tags "Lakeside Centre" a place and "Peaceful Mediation" an organisation
    ArticleAnalysis a =
        analyze(
            """
            MABARUMA (Wire) - More Warao families arrived by boat this week.

            "We take note of the report with great concern," the Lakeside Centre for Peaceful \
            Mediation (LCPM) said in a written statement.

            The Department of Citizenship, in a statement issued in response to questions, said \
            Venezuelan nationals who entered through official ports "are granted an initial stay of \
            three months."\
            """);
    assertEquals("Lakeside Centre for Peaceful Mediation", quote(a, "We take note").speaker().name());
    assertEquals("Department of Citizenship", quote(a, "are granted").speaker().name());
    assertEquals(SpeakerType.ORGANIZATION, quote(a, "are granted").speaker().type());
  }

  @Test
  void aPlaceAndAPersonThatCoreNlpRunsTogetherAreTwoNames() {
    // CoreNLP tags "Caracas Maduro" as one person's name
    ArticleAnalysis a =
        analyze(
            """
            CARACAS (Wire) - The crisis deepened on Monday.

            In Caracas Maduro was defiant, as always: "We will never surrender."

            In Buenos Aires Macri was blunt: "Maduro is a dictator."

            For Santiago Sánchez, a taxi driver in Petare, the answer is simple: "He must go."

            Police said that Santiago Morales, 23, was detained. "I did nothing," Santiago Morales \
            told reporters.\
            """);
    assertEquals("Nicolás Maduro", quote(a, "We will never surrender").speaker().name());
    assertEquals("Mauricio Macri", quote(a, "Maduro is a dictator").speaker().name(), "a two-word place first");
    // "Santiago" is registered as Chile's capital, "Sánchez" and "Morales" as people's surnames
    assertFalse(quote(a, "He must go").speaker().name().equals("Pedro Sánchez"), "a given name, not Chile");
    assertFalse(quote(a, "I did nothing").speaker().name().equals("Evo Morales"), "not after 'that'");
  }

  @Test
  void aBodysNounNamesNoPersonAndABodyOfMostlySomethingIsTheBody() {
    // CoreNLP tags "Lester B. Pearson Building" a person, and the comma gives it the next words as a role
    ArticleAnalysis a =
        analyze(
            """
            Lima Group meets in Ottawa

            Ministers gathered in Ottawa on Monday, while outside, on a snowbank across from the \
            Lester B. Pearson Building, a small group of protesters accused Canada of "doing \
            Washington's dirty work."

            "The regime starves its own people," Canada's foreign minister told delegates.

            The group's closing declaration urged the armed forces to "stop blocking the aid."

            The Lima Group of mostly Latin American governments said any process "must lead to the \
            exit of the regime."\
            """);
    assertEquals("Lima Group", quote(a, "stop blocking the aid").speaker().name());
    assertEquals("Lima Group", quote(a, "must lead to the exit").speaker().name());
  }

  @Test
  void aCourtSpeaksThroughItsPanelAndItsRulingAndAnAgencyThroughItsGuidance() {
    ArticleAnalysis a =
        analyze(
            """
            Appeals court backs creditor

            A federal appeals court on Monday upheld a Delaware ruling that allows Crystallex to \
            attach shares in the parent of Citgo.

            A three-judge panel of the US Court of Appeals for the Third Circuit agreed with the \
            lower court.

            "On this record, the Republic did not merely own the company," the panel wrote.

            The ruling reads in another passage: "That the government is now contested does not \
            change the facts."

            Any sale needs a license. OFAC guidance published in the spring states that transfers \
            are prohibited "absent specific authorization from this Office," and a Treasury official \
            said on Monday that nothing had changed.

            Asked about the case, a spokesman for the Department of Foreign Affairs referred to a \
            statement issued earlier this year.

            "Ireland continues to support a peaceful solution," the department said in the statement.

            A judge in Caracas ordered Roberto Marrero held on Friday, in a ruling released by his \
            lawyers. "The accused shall remain in custody," the ruling says.

            A panel of UN human rights experts said the sanctions "worsen the suffering of ordinary \
            people."

            A representative of the Minsk Automobile Plant said deliveries had continued. "We shipped \
            a batch of buses in April," the representative said.

            The mother of Rufo Chacón told reporters he lost both eyes. "They shot him in the face," \
            the mother said.\
            """);
    assertEquals("Court of Appeals", quote(a, "On this record").speaker().name(), "the court, not its panel or the US");
    assertEquals("Court of Appeals", quote(a, "That the government").speaker().name(), "not the unnamed appeals court");
    assertEquals("Office of Foreign Assets Control", quote(a, "absent specific").speaker().name());
    assertEquals("Department of Foreign Affairs", quote(a, "Ireland continues").speaker().name(),
        "the department, not its unnamed spokesman");
    assertFalse(quote(a, "The accused shall").speaker().name().contains("Court"), "the judge's ruling");
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "worsen the suffering").speaker().name(), "UN experts, not the UN");
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "We shipped a batch").speaker().name(), "an unnamed representative");
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "They shot him").speaker().name(), "the mother, not her son");
  }

  @Test
  void aTitledNameAfterTheRoleSpeaksAndAGroupOfHoldersIsNoDocument() {
    ArticleAnalysis a =
        analyze(
            """
            Border queue

            Colonel Víctor Mamani of the National Police said his officers were keeping the lane \
            open. "There has been no violence," Mamani said.

            Volunteers bring soup twice a day. "Yesterday we served 600 plates," said the parish \
            priest, Father Edwin Chambilla.

            "Tomorrow we will serve 800 plates," said the local mayor, Dr. Rosa Quispe.

            "The market is pricing Citgo as the only performing asset," Siobhan Kerr, a strategist \
            at Lindenbaum Bank, wrote in a note to clients.

            An informal group of holders of the 2020 notes said in a statement through its advisers \
            that it "welcomes the payment and remains ready to engage."\
            """);
    assertEquals("Edwin Chambilla", quote(a, "Yesterday we served").speaker().name(), "not the colonel");
    assertEquals("Rosa Quispe", quote(a, "Tomorrow we will").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "welcomes the payment").speaker().name(),
        "the notes are bonds, not the note Kerr wrote");
  }

  @Test
  void theRelativeOrLawyerOfANamedPersonIsNotThatPersonAndAnOfficeOfACountryIsItsHolder() {
    ArticleAnalysis a =
        analyze(
            """
            Protest in Táchira

            The mother of Rufo Chacón said on Tuesday: "They shot him in the face."

            "He was only buying gas," the older sister of Rufo Chacón told reporters.

            The lawyer for Juan Requesens said the deputy "has not seen a judge in months."

            The wife of Juan Guaidó said the family "will not be intimidated."

            The president of Colombia said the border "will stay open."\
            """);
    assertEquals("Iván Duque", quote(a, "will stay open").speaker().name(), "an office of a country: its title");
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "They shot him").speaker().name());
    assertEquals("Fabiana Rosales", quote(a, "will not be intimidated").speaker().name(), "a registry title");
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "He was only buying").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "has not seen a judge").speaker().name());
  }

  @Test
  void aTitleNamesWhoeverHeldItOnTheArticlesDate() {
    String text =
        """
        BUENOS AIRES — Argentina's president spoke about Venezuela on Thursday.

        "Argentina will talk to everyone in the region," Argentina's president said.\
        """;
    for (String[] dated : new String[][] {{"2019-12-12", "Alberto Fernández"}, {"2019-03-07", "Mauricio Macri"}, {"", "Mauricio Macri"}}) {
      Metadata metadata = new Metadata("La Nación", dated[0], null, null, null);
      ArticleAnalysis a = Passages.quotestance().analyze(Article.of("dated", text, metadata));
      assertEquals(dated[1], quote(a, "Argentina will talk").speaker().name(), "dated " + dated[0]);
    }
  }

  @Test
  void paragraphsWhollyInsideQuotesDoNotPushAPronounsNameOutOfReach() {
    ArticleAnalysis a =
        analyze(
            """
            Yolanda Briceño Salas, 52, is a family doctor from Carora and a member of the \
            Constituent Assembly. We spoke in a borrowed office in Caracas.

            “Sanctions are not an abstraction in Lara. They are the insulin that does not arrive.

            “They are the bus that stops. They are the dialysis machine waiting for a filter.

            “Part of it was our fault. We made mistakes with prices.

            “But you do not put out a fire with gasoline.”

            “People leave Lara because they are poor,” she said.\
            """);
    assertSpeaker("Yolanda Briceño Salas", "adjacent-after:pronoun", quote(a, "People leave Lara"));
  }

  @Test
  void aLivePagesTimesAndAQuoteNestedAtTheEndDoNotHideThePronounsName() {
    ArticleAnalysis a =
        analyze(
            """
            CARACAS — Iraida Mujica, 63, runs the food committee of her block in Catia.

            2.00pm

            The water truck comes on Tuesdays.

            3.30pm

            “When the FAES came in January, a boy shouted at them, ‘Murderers!’, and I told him, \
            ‘Go home, mijo,’” she says.\
            """);
    assertSpeaker("Iraida Mujica", "adjacent-after:pronoun", quote(a, "When the FAES came"));
  }

  @Test
  void thePaperIsTheNewspaperNamedBeforeAndNotAnotherOneOutsideItsParagraph() {
    ArticleAnalysis a =
        analyze(
            """
            Pro-government tabloid Últimas Noticias hit back on Tuesday. "Nobody asked Madrid for \
            its opinion," the tabloid said.

            The most hawkish editorial came from the Madrid daily El Faro Ibérico. "Maduro chose \
            to burn the trucks rather than let his people eat," the paper wrote.

            The Miami Herald reported on Monday that exiles planned a march in Doral.

            In Brazil, where the army pulled its trucks back, Folha do Planalto struck a careful \
            tone. "Brasília acted with prudence," the São Paulo paper wrote.\
            """);
    assertSpeaker("Últimas Noticias", "adjacent-after:role", quote(a, "Nobody asked Madrid"));
    assertSpeaker("El Faro Ibérico", "adjacent-after:role", quote(a, "Maduro chose"));
    // its name is no entity to CoreNLP here; the paper named before, in another paragraph, is not it
    assertFalse(quote(a, "Brasília acted").speaker().name().contains("Herald"));
  }

  @Test
  void aDiplomatsNounsAndACountrysAdjectiveStandForEachOtherInARole() {
    ArticleAnalysis a =
        analyze(
            """
            Russia's deputy permanent representative, Yuri Chernikov, speaking through an \
            interpreter, accused western capitals of double standards. "Those who strangle an \
            economy should not lecture its government," the Russian diplomat said.

            One Latin American diplomat, who asked not to be identified, summed up the afternoon. \
            "Half the room read the report," the diplomat said.

            A member of the Peruvian delegation said the pressure had been intense. "We were told \
            more than once that there would be a cost," the delegate said.\
            """);
    assertSpeaker("Yuri Chernikov", "adjacent-after:role", quote(a, "Those who strangle"));
    // an unnamed diplomat introduced since, and a bare noun, are nobody named before
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "Half the room").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "We were told").speaker().name());
  }

  @Test
  void aRoleAfterAsInARelativeClauseAndARegistryNameBeforeACommaAreKept() {
    ArticleAnalysis a =
        analyze(
            """
            Lucía Ferrer Olmos, whom Brazil recognises as Venezuela's ambassador, arrived at the \
            gate in the morning. "The staff decided of their own free will," she told reporters.

            "Nobody broke in. The doors were opened from inside," the ambassador said.

            Spokesperson Robert Palladino was joined at the podium by Elliott Abrams, the special \
            representative for Venezuela.

            "There was no cyberattack and there was no American hand on any switch," the special \
            representative said.\
            """);
    assertSpeaker("Lucía Ferrer Olmos", "adjacent-after:role", quote(a, "Nobody broke in"));
    assertSpeaker("Elliott Abrams", "adjacent-after:role", quote(a, "There was no cyberattack"));
  }
}
