package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotestance.quotes.Passages.assertSpeaker;
import static org.quotestance.quotes.Passages.quote;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotestance.model.ArticleAnalysis;
import org.quotestance.model.Quote;
import org.quotestance.model.Speaker;
import org.quotestance.model.SpeakerType;

/**
 * Attribution patterns of news writing ({@code "…," X said}, {@code X said: "…"}, {@code according
 * to X}, split quotes, continuation and orphan paragraphs), one short passage written for these
 * tests each, through the public facade with the real CoreNLP models and the venezuela-2019 domain.
 */
class AttributionIT {
  private static ArticleAnalysis analyze(String text) {
    return Passages.analyze(text);
  }

  @Test
  void attributesQuoteToNameBeforeSaid() {
    ArticleAnalysis a =
        analyze(
            """
            Water rationing in Maracaibo will continue through the weekend, the state utility \
            announced.

            "We are pumping at half capacity and cannot promise more," Rafael Contreras said.\
            """);
    Quote q = quote(a, "We are pumping at half capacity");
    assertSpeaker("Rafael Contreras", "adjacent-after:name", q);
    assertEquals(SpeakerType.PERSON, q.speaker().type());
    assertEquals("say", q.speaker().verb());
  }

  @Test
  void attributesQuoteToNameAfterSaidWithAppositive() {
    ArticleAnalysis a =
        analyze(
            """
            "The border crossings will stay closed until further notice," said Marta Villalobos, \
            a spokeswoman for the Táchira state government.\
            """);
    assertSpeaker(
        "Marta Villalobos", "adjacent-after:name", quote(a, "The border crossings will stay"));
  }

  @Test
  void spokeswomanForAnOrganisationIsTheSpeakerNotTheOrganisation() {
    ArticleAnalysis a =
        analyze(
            """
            "Nobody has been authorised to cross the border with military equipment," said Ana \
            María Ruiz, a spokeswoman for the Colombian Foreign Ministry.\
            """);
    assertSpeaker("Ana María Ruiz", "adjacent-after:name", quote(a, "Nobody has been authorised"));
  }

  @Test
  void attributesQuoteAfterSaidColon() {
    ArticleAnalysis a =
        analyze(
            """
            Hundreds of protesters gathered outside the National Assembly on Tuesday.

            Opposition lawmaker Tomás Urdaneta said: "The armed forces have to decide whether \
            they serve the constitution or one man.\"\
            """);
    assertSpeaker(
        "Tomás Urdaneta", "verb-before:name", quote(a, "The armed forces have to decide"));
  }

  @Test
  void attributesQuoteAfterToldOutletColon() {
    ArticleAnalysis a =
        analyze(
            """
            Pharmacist Gabriel Ferrer told Reuters: "Half of our shelves have been empty since \
            January, and the insulin ran out last week.\"\
            """);
    Quote q = quote(a, "Half of our shelves");
    assertSpeaker("Gabriel Ferrer", "verb-before:name", q);
    assertEquals("tell", q.speaker().verb());
  }

  @Test
  void attributesQuoteAfterToldOutletWithRelativeClause() {
    ArticleAnalysis a =
        analyze(
            """
            Gabriel Ferrer, who runs a pharmacy in Valencia, told Reuters: "Half of our shelves \
            have been empty since January.\"\
            """);
    assertSpeaker("Gabriel Ferrer", "verb-before", quote(a, "Half of our shelves"));
  }

  @Test
  void attributesQuoteAfterWroteOnTwitter() {
    ArticleAnalysis a =
        analyze(
            """
            Mike Pompeo wrote on Twitter: "The people of Venezuela deserve free and fair \
            elections, and they deserve them now.\"\
            """);
    Quote q = quote(a, "The people of Venezuela deserve");
    assertSpeaker("Mike Pompeo", "verb-before:name", q);
    assertEquals("us-government", q.speaker().camp());
  }

  @Test
  void attributesQuoteAfterInAStatementSaid() {
    ArticleAnalysis a =
        analyze(
            """
            In a statement, the Lima Group said "the regime bears full responsibility for the \
            suffering of the Venezuelan people.\"\
            """);
    Quote q = quote(a, "the regime bears full responsibility");
    assertSpeaker("Lima Group", "verb-before", q);
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
  }

  @Test
  void attributesQuoteToAccordingTo() {
    ArticleAnalysis a =
        analyze(
            """
            The trucks will cross "as soon as the bridge is cleared and safe," according to \
            Lester Toledo, who is coordinating the aid effort.\
            """);
    assertSpeaker("Lester Toledo", "according-to:name", quote(a, "as soon as the bridge"));
  }

  @Test
  void attributesQuoteToSubjectWithAppositiveRole() {
    ArticleAnalysis a =
        analyze(
            """
            Carmen Ortiz, the city's finance director, said "there is simply no money left to pay \
            for overtime this year.\"\
            """);
    Quote q = quote(a, "there is simply no money left");
    assertSpeaker("Carmen Ortiz", "verb-before:name", q);
  }

  @Test
  void attributesBothHalvesOfSplitQuote() {
    ArticleAnalysis a =
        analyze(
            """
            Ana Herrera, whose son has been detained since March, joined the vigil outside the \
            prison on Sunday.

            "We are not leaving," she said, "until every detained student is back home.\"\
            """);
    assertSpeaker("Ana Herrera", "adjacent-after:pronoun", quote(a, "We are not leaving"));
    assertEquals("Ana Herrera", quote(a, "until every detained student").speaker().name());
  }

  @Test
  void attributesSecondSentenceAfterAttributionToSameSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            "We have the votes," Rep. Eliot Engel said. "What we do not have is a partner in \
            Caracas.\"\
            """);
    assertSpeaker("Eliot Engel", "adjacent-after:name", quote(a, "We have the votes"));
    assertSpeaker("Eliot Engel", "same-paragraph", quote(a, "What we do not have"));
  }

  @Test
  void attributesQuoteToForeignMinistryInAStatement() {
    ArticleAnalysis a =
        analyze(
            """
            "Colombia will continue to receive those who flee the crisis," Colombia's Foreign \
            Ministry said in a statement.\
            """);
    Quote q = quote(a, "Colombia will continue to receive");
    assertSpeaker("Colombian Foreign Ministry", "adjacent-after:name", q);
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
  }

  @Test
  void attributesPartialQuoteToTheStateDepartment() {
    ArticleAnalysis a =
        analyze(
            """
            The State Department said the order to expel American diplomats was "illegitimate \
            and without legal effect.\"\
            """);
    assertSpeaker("US State Department", "verb-before:name", quote(a, "illegitimate and without"));
  }

  @Test
  void attributesQuoteToTheStateDepartmentAfterQuote() {
    ArticleAnalysis a =
        analyze(
            """
            The State Department dismissed the charges on Friday.

            "These accusations are baseless and the regime knows it," the State Department \
            said.\
            """);
    assertSpeaker("US State Department", "adjacent-after:name", quote(a, "These accusations"));
  }

  @Test
  void quoteOnlyParagraphContinuesPreviousSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            "The hospital has had no running water since Monday," said Rosa Aguilera, the head \
            of surgery at the hospital.

            "We are washing our instruments with bottled water that the families bring in.\"\
            """);
    assertSpeaker("Rosa Aguilera", "adjacent-after:name", quote(a, "The hospital has had"));
    assertSpeaker("Rosa Aguilera", "continuation", quote(a, "We are washing our instruments"));
  }

  @Test
  void quoteOverTwoParagraphsIsLinkedAndKeepsItsSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            "The generators arrived this morning," said Hugo Prieto, the hospital's director.

            "We have enough diesel for three days.

            "After that we depend on the trucks from Barinas," Prieto said.\
            """);
    Quote first = quote(a, "We have enough diesel");
    Quote second = quote(a, "After that we depend");
    assertEquals(Optional.of(first.id()), second.continues());
    assertEquals(Optional.empty(), first.continues());
    assertSpeaker("Hugo Prieto", "continuation", first);
    assertSpeaker("Hugo Prieto", "multi-paragraph", second);
  }

  @Test

  void attributesQuoteOverTwoParagraphsToSpeakerAfterLastSegment() {
    ArticleAnalysis a =
        analyze(
            """
            “We were on air for twenty-two years. Twenty-two years.

            “Now the frequency belongs to a music channel,” said Daniela Rojas, a radio host.\
            """);
    assertEquals("Daniela Rojas", quote(a, "We were on air").speaker().name());
    assertEquals("Daniela Rojas", quote(a, "Now the frequency belongs").speaker().name());
  }

  @Test
  void orphanQuoteParagraphStaysUnknown() {
    ArticleAnalysis a =
        analyze(
            """
            "Interest rates will not change this year," said Ramón Pineda, the central bank's \
            deputy governor.

            The bank did not publish inflation figures for the third month running.

            "Nobody trusts the bolívar anymore, so everybody wants dollars.\"\
            """);
    assertSpeaker("Ramón Pineda", "adjacent-after:name", quote(a, "Interest rates will not"));
    Quote orphan = quote(a, "Nobody trusts the bolívar");
    assertEquals(Speaker.UNKNOWN_NAME, orphan.speaker().name());
    assertEquals(SpeakerType.UNKNOWN, orphan.speaker().type());
    assertFalse(orphan.speaker().isKnown());
  }

  @Test
  void anUnattributedQuoteAfterASentenceAboutSomeoneIsTheirs() {
    ArticleAnalysis a =
        analyze(
            """
            At the children's hospital in Valencia, nurse Luisa Carmona has worked double shifts \
            since January.

            She blamed the shortages on the banks that refuse payments. "We wash the gloves and \
            use them again. Nobody should have to work like this."

            Her husband drives a taxi at night. She sees him on Sundays.

            "The children ask me when the lights will come back.\"

            Thousands of parents marched to the health ministry on Friday. "We want medicine, not \
            speeches.\"\
            """);
    assertSpeaker("Luisa Carmona", "topic-before", quote(a, "We wash the gloves"));
    assertSpeaker("Luisa Carmona", "topic-before", quote(a, "The children ask me"));
    // a crowd is scenery: the quote after it is one voice from it, unnamed
    assertFalse(quote(a, "We want medicine").speaker().isKnown());
  }

  @Test
  void theCompanyIsThePreviousSentencesOrganisationSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Rivera Logistics, which runs most of the trucks on the Cúcuta road, said \
            deliveries had stopped. "We will not send drivers into a crowd," the company said.\
            """);
    assertSpeaker("Rivera Logistics", "adjacent-after:role", quote(a, "We will not send drivers"));
  }

  @Test
  void anOrphanQuoteParagraphTakesTheSpeakerOfTheReportedSpeechBeforeIt() {
    ArticleAnalysis a =
        analyze(
            """
            Teresa Quintero, an economist at the Central University of Venezuela, said the \
            currency plan could not work.

            "Prices double every month. No decree can stop that."

            Officials did not respond to requests for comment.\
            """);
    assertSpeaker("Teresa Quintero", "intro-paragraph", quote(a, "Prices double every month"));
  }

  @Test
  void aFamilyNameFirstIsTheRegisteredFullName() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Ministry spokesman Lu Kang took questions in Beijing on Monday.

            "Any solution must come from the Venezuelan people themselves," Lu said.\
            """);
    assertSpeaker("Lu Kang", "adjacent-after:name", quote(a, "Any solution must come"));
  }

  @Test
  void aPlaceBeforeTheSubjectDoesNotTakeTheSubjectAsItsRole() {
    ArticleAnalysis a =
        analyze(
            """
            The Andean Workers Federation called a strike for Thursday.

            In a statement released in Lima, the federation said the walkout was "a last resort."\
            """);
    Quote q = quote(a, "a last resort");
    assertEquals("Andean Workers Federation", q.speaker().name());
  }

  @Test
  void anInanimateNounAfterAQuoteIsNoSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            The envoy spoke to reporters after the meeting in Caracas.

            She said she was "worried that the talks could collapse within days", a comment \
            quickly praised by government ministers.\
            """);
    Quote q = quote(a, "worried that the talks");
    assertFalse(q.speaker().name().toLowerCase().contains("comment"), q.speaker().name());
  }

  @Test
  void aSurnameTheArticleGivesAnotherPersonIsNotTheRegistrysNamesake() {
    // The registry knows Freddy Guevara as "Guevara"; this article's Guevara is someone else.
    ArticleAnalysis a =
        analyze(
            """
            The Nicaraguan delegation was led by Orlando Guevara Mairena, a member of the \
            party's foreign relations team.

            "We have lived through this siege before and we survived it," Guevara told a local \
            radio station.\
            """);
    assertSpeaker("Orlando Guevara Mairena", "adjacent-after:name", quote(a, "We have lived through"));
  }

  @Test
  void aRegisteredPersonsFirstSurnameAfterTheFullNameIsThatPerson() {
    // Spanish names carry two surnames; news calls Humberto Calderón Berti "Calderón" once named.
    ArticleAnalysis a =
        analyze(
            """
            Humberto Calderón Berti, the opposition's envoy in Bogotá, met Colombian officials on \
            Tuesday.

            "Every day that passes the ports stay closed to medicine," Calderón told reporters.\
            """);
    assertSpeaker(
        "Humberto Calderón Berti", "adjacent-after:name", quote(a, "Every day that passes"));
  }

  @Test
  void aDescriptionAfterAWireDatelineIsTheSubjectAfterTheDash() {
    ArticleAnalysis a =
        analyze(
            """
            BOGOTÁ, Colombia (Wire) — Mariela Quintero took office on Monday as the country's \
            migration director.

            Speaking at the border bridge, the 48-year-old lawyer said the new permits would be \
            "ready before the end of the month."\
            """);
    assertEquals("Mariela Quintero", quote(a, "ready before the end").speaker().name());
  }

  @Test
  void aCapitalisedTitleOfOfficeIsThePersonJustNamed() {
    ArticleAnalysis a =
        analyze(
            """
            Rosa Elena Marcano, who has run the border state since 2017, inspected the \
            substation on Friday.

            "We have power for six hours a day, if we are lucky," the Governor told reporters.\
            """);
    assertEquals("Rosa Elena Marcano", quote(a, "We have power").speaker().name());
  }

  @Test
  void aSentenceAfterAColonQuoteIsNotItsAttribution() {
    ArticleAnalysis a =
        analyze(
            """
            The debate in Geneva was short. For the Nordic group, Norway was blunt: "The \
            findings deserve a full and prompt answer." Bolivia described the text as "a \
            political exercise," while Chile called for a second visit.\
            """);
    assertSpeaker("Norway", "colon:main-clause:name", quote(a, "The findings deserve"));
  }

  @Test
  void aQuoteIntroducedByADashEndingInAFullStopIsNotTheNextSentences() {
    ArticleAnalysis a =
        analyze(
            """
            Tomás Echeverría, a former central bank economist, was blunter — "Nobody prints \
            money this fast by accident." Delcy Rodríguez said the figures were invented.\
            """);
    assertEquals("Tomás Echeverría", quote(a, "Nobody prints money").speaker().name());
  }

  @Test
  void aDashBeforeAQuoteAttributedAfterItDoesNotOverrideTheAttribution() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's oil minister met OPEC delegates in Vienna on Monday — "a productive \
            meeting," according to Secretary General Mohammed Barkindo.\
            """);
    assertEquals("Mohammed Barkindo", quote(a, "a productive meeting").speaker().name());
  }

  @Test
  void aRegisteredPersonsSurnameSharedWithSomeoneElseNamedIsNotTheirs() {
    ArticleAnalysis a =
        analyze(
            """
            José Luis Rodríguez Zapatero met Communications Minister Jorge Rodríguez in Caracas \
            on Friday.

            "The dialogue has not broken down," Rodríguez told reporters.\
            """);
    assertNotEquals(
        "José Luis Rodríguez Zapatero", quote(a, "The dialogue has not").speaker().name());
  }

  @Test
  void aSentenceOpenedByAnAcronymIsNoDateline() {
    ArticleAnalysis a =
        analyze(
            """
            PDVSA said on Monday that its US-based refiner would keep operating.

            "We will not be intimidated by any court," the company said.\
            """);
    assertEquals("PDVSA", quote(a, "We will not be intimidated").speaker().name());
  }

  @Test
  void aNameSetOffAfterAnInvertedDescriptionIsTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Wilmer Ortiz queued for nine hours outside the consulate in Lima.

            "They gave us a number and sent us home," said his brother, Jhonny Ortiz, 31, who \
            works in a bakery nearby.\
            """);
    assertEquals("Jhonny Ortiz", quote(a, "They gave us a number").speaker().name());
  }

  @Test
  void aClauseReportedWithoutThatBelongsToItsReporterNotTheFirstSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Nicaragua dismissed the audit as "a foreign script," while Costa Rica, speaking for \
            six governments of the region, said the figures confirmed "a pattern that can no longer \
            be denied."\
            """);
    assertEquals("Costa Rica", quote(a, "a pattern that can").speaker().name());
  }

  @Test
  void aPhraseAboutTheQuoteAfterItIsNotItsSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Bishop Ramón Ortega urged the faithful to "keep the lamps lit," a line many observers \
            read as a warning to the government.

            In its guidance, OFAC said the delay was meant to "allow time for the interim government \
            to pursue its options", a phrase holders read as a hint that Washington would rather wait.\
            """);
    assertEquals("Ramón Ortega", quote(a, "keep the lamps lit").speaker().name());
    assertEquals("Office of Foreign Assets Control", quote(a, "allow time for").speaker().name());
  }

  @Test
  void aRegisteredFullNameRunIntoAnOrganisationByCoreNlpIsStillThePerson() {
    // CoreNLP tags "United Nations Kelly Craft" as one organisation.
    ArticleAnalysis a =
        analyze(
            """
            Ambassador to the United Nations Kelly Craft, who had lobbied against the bid for \
            weeks, left the chamber early.

            "This seat was bought, not earned," she said.\
            """);
    assertEquals("Kelly Craft", quote(a, "This seat was bought").speaker().name());
  }

  @Test
  void aDashIntroducesAQuoteLikeAColon() {
    ArticleAnalysis a =
        analyze(
            """
            Tomás Echeverría, a former central bank economist now teaching in Santiago, was \
            blunter — "Nobody prints money this fast by accident."\
            """);
    assertEquals("Tomás Echeverría", quote(a, "Nobody prints money").speaker().name());
  }

  @Test
  void aSentenceAfterAnIntroducedQuoteIsNotItsAttribution() {
    ArticleAnalysis a =
        analyze(
            """
            The leader of the opposition bloc, Marta Quiroga, accused the finance minister of \
            running "a casino with the nation's savings." Julio Benítez replied that the \
            accounts were audited every year.\
            """);
    assertEquals("Marta Quiroga", quote(a, "a casino with").speaker().name());
  }

  @Test
  void anAcronymInParenthesesBetweenSubjectAndVerbIsSkipped() {
    ArticleAnalysis a =
        analyze(
            """
            The National Federation of Transport Workers (Fenatrans) said on Monday that the \
            strike would "paralyse every port in the country."\
            """);
    assertEquals(
        "National Federation of Transport Workers", quote(a, "paralyse every port").speaker().name());
  }

  @Test
  void aDoubleSurnameCoreNlpTagsHalfOfIsKeptWhole() {
    // CoreNLP tags "Bissessar" as no entity.
    ArticleAnalysis a =
        analyze(
            """
            Prime Minister Kamla Persad-Bissessar spoke in Port of Spain. "We will register \
            every family that arrives," she said.\
            """);
    assertEquals("Kamla Persad-Bissessar", quote(a, "We will register").speaker().name());
  }

  @Test
  void anOfficeInACitySpeaksNotTheCity() {
    ArticleAnalysis a =
        analyze(
            """
            Two Russian airliners landed at Maiquetía on Saturday.

            The Venezuelan embassy in Moscow said in a statement: "The flights were planned \
            months ago and were notified to the aviation authorities."\
            """);
    Quote q = quote(a, "The flights were planned");
    assertEquals(SpeakerType.ORGANIZATION, q.speaker().type());
    assertTrue(q.speaker().name().startsWith("Venezuela"), q.speaker().name());
  }

  @Test
  void aPartyMemberDescribedByHisStateIsThePersonNotTheState() {
    ArticleAnalysis a =
        analyze(
            """
            Senator Tom Whitaker mocked the government's rally on Saturday. "A leader that \
            popular would not need to bus in state workers," the Ohio Republican said.\
            """);
    assertSpeaker("Tom Whitaker", "adjacent-after:role", quote(a, "A leader that popular"));
  }

  @Test
  void anEmphaticReflexiveDoesNotHideTheName() {
    ArticleAnalysis a =
        analyze(
            """
            Nicolás Maduro himself, speaking on state television from Caracas, said: "Venezuela \
            does not beg for anything."\
            """);
    assertSpeaker("Nicolás Maduro", "verb-before:name", quote(a, "Venezuela does not beg"));
  }

  @Test
  void quoteParagraphsAfterASentenceAboutASpeechAreTheSpeakers() {
    ArticleAnalysis a =
        analyze(
            """
            At the evening Mass in Barquisimeto, Archbishop Tomás Arellano devoted his homily to \
            the prisoners.

            "No one is safe while a mother does not know where her son is sleeping tonight.

            "We pray for those who guard them, too."

            Outside, a few hundred people waited in the rain.\
            """);
    assertSpeaker("Tomás Arellano", "intro-paragraph", quote(a, "No one is safe"));
    assertEquals("Tomás Arellano", quote(a, "We pray for those").speaker().name());
  }

  @Test
  void aHyphenatedGivenNameStaysWhole() {
    ArticleAnalysis a =
        analyze(
            """
            Park Min-seo, a trade official in Seoul, said the embassy in Caracas would stay open. \
            "Our companies have waited long enough for clarity," Park Min-seo said.\
            """);
    assertSpeaker("Park Min-seo", "adjacent-after:name", quote(a, "Our companies have waited"));
  }

  @Test
  void aNameWithAParticleIsOneNameAndItsSurnameFindsIt() {
    ArticleAnalysis a =
        analyze(
            """
            Former president Luiz Inácio Lula da Silva spoke to union members in São Paulo on \
            Sunday.

            "Our region needs neighbours, not police officers," Lula said.\
            """);
    assertSpeaker("Luiz Inácio Lula da Silva", "adjacent-after:name", quote(a, "Our region needs neighbours"));
  }

  @Test
  void theCompanyIsTheOrganisationJustSpeakingNotAnEarlierCompany() {
    ArticleAnalysis a =
        analyze(
            """
            Petrobras, the state oil company, said it had stopped shipments to the region.

            Andes Fertilizer Corp, which runs a plant in Barranquilla, said it was not affected. \
            "Our plant is working at full capacity," the company said.\
            """);
    assertEquals("Andes Fertilizer Corp", quote(a, "Our plant is working").speaker().name());
  }

  @Test
  void aStatementFromAPersonIsThatPersonsNotAPlace() {
    ArticleAnalysis a =
        analyze(
            """
            The embassy in Bogotá handled the evacuation on Tuesday.

            A statement from Mike Pompeo said: "Every American diplomat is now safely out of \
            the country."\
            """);
    assertEquals("Mike Pompeo", quote(a, "Every American diplomat").speaker().name());
  }

  @Test
  void aSentenceAboutSomeoneElsesSpeechDoesNotMakeTheCriticTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Senator Tom Whitaker mocked Nicolás Maduro's speech to the army on Tuesday.

            "The empire will never set foot on our soil."

            Officials in Washington did not comment.\
            """);
    assertFalse(quote(a, "The empire will never").speaker().name().contains("Whitaker"));
  }

  @Test
  void theHeadOfResearchAtABankIsTheBanksVoiceNotTheLastSubjects() {
    ArticleAnalysis a =
        analyze(
            """
            Maduro announced new price controls on Monday. The head of research at Barclays said \
            the controls were "unlikely to last."\
            """);
    assertEquals("Barclays", quote(a, "unlikely to last").speaker().name());
  }
  @Test
  void anAnonymousSourceIsUnknownAndKeepsItsDescription() {
    ArticleAnalysis a =
        analyze(
            """
            "Nobody in the palace expects the generals to move this month," a Western diplomat \
            in Caracas said on Friday.

            "They are waiting to see who blinks first," the diplomat added.

            "No option has been taken off the table," a senior State Department official said.

            "We were told to come back next week," one man said.\
            """);
    for (String start :
        new String[] {"Nobody in the palace", "They are waiting", "No option has", "We were told"}) {
      Speaker s = quote(a, start).speaker();
      assertEquals(Speaker.UNKNOWN_NAME, s.name(), start);
      assertEquals(SpeakerType.PERSON, s.type(), start);
      assertFalse(s.role().isEmpty(), start);
      assertTrue(s.method().endsWith(":description"), s.method());
      assertTrue(s.mention().isPresent(), start);
      assertFalse(s.isNamed(), start);
    }
    assertTrue(
        quote(a, "Nobody in the palace").speaker().role().contains("Western diplomat"),
        quote(a, "Nobody in the palace").speaker().role());
    assertEquals("man", quote(a, "We were told").speaker().role());
  }

  @Test
  void describedGroupsKeepTheirDescriptionSpokespeopleTheirInstitutionAsRoleAndDelegationsTheirCountry() {
    ArticleAnalysis a =
        analyze(
            """
            "The shipments will resume when the ports are safe," US officials said on Monday.

            "We have asked for an inventory of every container," a Caracas Metro spokesman \
            said.

            "The council must not become a tool of regime change," the Bolivian delegation said.\
            """);
    assertEquals("US officials", quote(a, "The shipments will resume").speaker().name());
    // An unnamed spokesperson is unknown (the guideline), with the institution as role.
    Speaker spokesman = quote(a, "We have asked for").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, spokesman.name());
    assertTrue(spokesman.role().contains("Caracas Metro"), spokesman.toString());
    // A country's delegation speaks for the country; the text's words stay as the mention.
    Speaker delegation = quote(a, "The council must not").speaker();
    assertEquals("Bolivia", delegation.name(), delegation.toString());
    assertEquals("the Bolivian delegation", delegation.mention().orElseThrow().text());
  }

  @Test
  void aPersonOutsideABuildingIsTheSpeakerNotTheBuilding() {
    ArticleAnalysis a =
        analyze(
            """
            Hundreds queued at the consulate in Bogotá on Monday.

            One man outside the embassy said: "We were told to come back next week."

            A nurse near the bridge said: "We have run out of gauze."\
            """);
    for (String start : new String[] {"We were told", "We have run out"}) {
      Speaker s = quote(a, start).speaker();
      assertEquals(SpeakerType.PERSON, s.type(), s.toString());
      assertEquals(Speaker.UNKNOWN_NAME, s.name(), s.toString());
    }
  }

  @Test
  void aPronounAfterAnUnnamedSubjectIsThatPersonNotTheLastName() {
    ArticleAnalysis a =
        analyze(
            """
            Daniela Prato, a nursing student, said she now crosses on the bridge. "It took me \
            twenty minutes instead of two hours," she said.

            On the Colombian side, a woman selling coffee from a thermos laughed at the question. \
            "Until the next time somebody in Caracas wakes up angry," she said.

            Back in Doral, a man in a Guaidó cap who declined to give his name said the report \
            changed nothing. "A report is paper," he said.

            For Tunde Adeyemi, a Lagos-based energy consultant, the events carry a warning. \
            "Nobody here should celebrate another country's collapse," he said.

            A former ambassador to Mexico, Suresh Iyer, took the opposite view. "India cannot \
            afford it," he said.\
            """);
    for (String start : new String[] {"Until the next time", "A report is paper"}) {
      Speaker s = quote(a, start).speaker();
      assertEquals(Speaker.UNKNOWN_NAME, s.name(), s.toString());
      assertEquals(SpeakerType.PERSON, s.type(), s.toString());
    }
    assertEquals("Tunde Adeyemi", quote(a, "Nobody here should").speaker().name());
    assertEquals("Suresh Iyer", quote(a, "India cannot").speaker().name());
    assertEquals("Daniela Prato", quote(a, "It took me").speaker().name());
  }

  @Test
  void aCapitalisedTitleBetweenCommasAfterANameIsSkipped() {
    ArticleAnalysis a =
        analyze(
            """
            Sen. Marco Rubio, R-Fla., wrote on Twitter that the arrest "should end any talk of \
            negotiations."

            Juan Guaidó, President of the National Assembly, said the report "confirms what we \
            have denounced for years."

            Venezuela, Cuba, Nicaragua and Bolivia, said a diplomat in Geneva, "will vote as one \
            bloc."\
            """);
    assertSpeaker("Marco Rubio", "verb-before:name", quote(a, "should end any talk"));
    assertSpeaker("Juan Guaidó", "verb-before:name", quote(a, "confirms what we"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "will vote as one").speaker().name());
  }

  @Test
  void aTitleAfterANameIsSkippedBeforeARelativeClauseToo() {
    ArticleAnalysis a =
        analyze(
            """
            Rep. Teresa Halloran, D-Orlando, whose district has thousands of Venezuelan families, \
            said the vote would end "years of living in fear."

            Sen. Douglas Kemper, R-Texas, who opposed the bill, said it would "reward the wrong \
            people."\
            """);
    assertSpeaker("Teresa Halloran", "verb-before:name", quote(a, "years of living"));
    assertSpeaker("Douglas Kemper", "verb-before:name", quote(a, "reward the wrong"));
  }

  @Test
  void aColonAfterAnOpeningQuestionPhraseIntroducesTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Mariela Ortega, who leads the mission's legal team, met officials on Tuesday.

            Asked when the delegation would return to the building, Ortega was cagey: "Soon. We \
            are still waiting for the court."\
            """);
    assertSpeaker("Mariela Ortega", "colon:main-clause:name", quote(a, "Soon. We are"));
  }

  @Test
  void quotedSomeoneAsSayingGivesTheQuoteToThePersonQuoted() {
    ArticleAnalysis a =
        analyze(
            """
            The envoy, Lucía Ferrer, toured the border crossings on Monday.

            "The queues are longer than last month," the agency's bulletin quoted Ferrer as saying.

            State radio quoted the governor, Tomás Ibarra, as saying that the bridge would "reopen \
            within days."\
            """);
    assertEquals("Lucía Ferrer", quote(a, "The queues are").speaker().name());
    assertEquals("Tomás Ibarra", quote(a, "reopen within").speaker().name());
  }

  @Test
  void anInvertedOpeningVerbIsNoQuestionPhrase() {
    ArticleAnalysis a =
        analyze(
            """
            Warned Elliott Abrams, the envoy, as Mike Pompeo looked on: "All options remain on \
            the table."

            Diosdado Cabello quoted the official report as showing that "the blackout was \
            sabotage."\
            """);
    // the man looking on is not the speaker, whoever the sieves settle on
    assertNotEquals("Mike Pompeo", quote(a, "All options remain").speaker().name());
    assertEquals("Diosdado Cabello", quote(a, "the blackout was").speaker().name());
  }

  @Test
  void insertionsBetweenSubjectAndVerbAreSkipped() {
    ArticleAnalysis a =
        analyze(
            """
            OPEC Secretary-General, Mr Mohammed Barkindo, told journalists that the cut would give \
            the market "the visibility it has been asking for."

            The International Contact Group, led by the European Union, met in Montevideo and \
            called for a vote "with full guarantees, as soon as possible."

            Juan Guaidó, who is recognised as interim president by Canada, the United States and \
            more than 50 other countries, wrote that the vote was "a victory for the streets."

            The Central Bank of Venezuela filed a claim in London last week. The claim, seen by \
            this newspaper, states that the bank has "no lawful basis whatsoever" for its refusal.\
            """);
    assertEquals("Mohammed Barkindo", quote(a, "the visibility it").speaker().name());
    assertEquals("International Contact Group", quote(a, "with full guarantees").speaker().name());
    assertEquals("Juan Guaidó", quote(a, "a victory for the streets").speaker().name());
    assertEquals("Central Bank of Venezuela", quote(a, "no lawful basis").speaker().name());
  }

  @Test
  void aHeadlineQuoteRepeatedInTheBodyTakesTheBodysSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Maduro blames US for blackout – 'Babies are dying'

            President Nicolás Maduro accused Washington of sabotage on Friday.

            Dr Yadira Colmenares, a paediatrician in Maracaibo, said: "Babies are dying in \
            incubators that have no power."

            "Nobody will stop the revolution," Maduro said.\
            """);
    assertSpeaker("Yadira Colmenares", "headline-echo", quote(a, "Babies are dying"));
    assertEquals("Yadira Colmenares", quote(a, "Babies are dying in incubators").speaker().name());
  }

  @Test
  void organisationsStayTheSpeakerThroughPartitivesRepeatedRolesAndPlatforms() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Jorge Arreaza called the result on Twitter "a victory for dignity."

            Costa Rica's foreign ministry said in a statement that it had run so that members \
            "would have a real choice." "We respect the result of the vote," it said.

            The Lima Group of regional countries, most of which backed Costa Rica, said in a \
            joint statement that the vote sent "a deeply troubling message" to victims.

            Citgo, which runs refineries in Lake Charles, has been owned by PDVSA since 1990. \
            Its headquarters sit in west Houston.

            On Thursday, the company said it was business as usual.

            "Our refineries continue to operate normally," the company said in a statement.\
            """);
    // Where a minister posted is not who speaks later.
    assertNotEquals("Twitter", quote(a, "We respect the result").speaker().name());
    assertSpeaker("Lima Group", "verb-before:name", quote(a, "a deeply troubling"));
    assertEquals("Citgo", quote(a, "Our refineries continue").speaker().name());
  }

  @Test
  void theseRulesStayQuietWhereTheyDoNotApply() {
    ArticleAnalysis a =
        analyze(
            """
            Guaidó said the opposition would "never give up the streets" before the vote.

            Nicolás Maduro, who took office in 2013, blamed the US, but Juan Guaidó, President of \
            the National Assembly, said the blackout was "a crime of the regime."

            "We will never give up the streets," Maduro said.

            The US stepped up pressure on Maduro on Friday. "We will not surrender," he said.

            "The talks will go on," Jorge Rodríguez said. "Nobody told us otherwise," he said, \
            adding that the officials had declined to be named.\
            """);
    // An opening sentence is a lede, not a headline: its own attribution stands.
    assertEquals("Juan Guaidó", quote(a, "never give up the streets").speaker().name());
    // A finished who-clause earlier in the sentence is not the subject's.
    assertEquals("Juan Guaidó", quote(a, "a crime of the regime").speaker().name());
    // A person after "on" can still be what a pronoun refers to.
    assertEquals("Nicolás Maduro", quote(a, "We will not surrender").speaker().name());
    // Others declining to be named do not make the speaker unnamed.
    assertEquals("Jorge Rodríguez", quote(a, "Nobody told us").speaker().name());
  }

  @Test
  void aPronounThatDeclinesItsNameStaysUnnamedForTheNextPronoun() {
    ArticleAnalysis a =
        analyze(
            """
            Vice President Delcy Rodríguez defended the decree on Monday.

            "The lines at the border are shorter than last week," she told reporters, speaking \
            on condition of anonymity. "Nobody has been turned back," she added.\
            """);
    for (String start : new String[] {"The lines at the border", "Nobody has been"}) {
      assertEquals(Speaker.UNKNOWN_NAME, quote(a, start).speaker().name(), start);
    }
  }

  @Test
  void aNameAfterTheHolderOfARoleInAPlaceIsTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            "We stand with the Venezuelan people," said the interim president of Bolivia, \
            Jeanine Áñez, at a news conference.

            "We will keep the border open," said the mayor of Cúcuta, Jairo Yáñez.

            "Venezuela has the right to defend itself," said the head of Russia's security \
            council, Nikolai Patrushev.

            "We have nothing," said an adviser to the president of Bolivia, Evo Morales.

            "Nothing changes," said a spokesman for the governor of Zulia, Omar Prieto.\
            """);
    assertSpeaker("Jeanine Áñez", "adjacent-after:name", quote(a, "We stand with"));
    assertSpeaker("Jairo Yáñez", "adjacent-after:name", quote(a, "We will keep"));
    assertSpeaker("Nikolai Patrushev", "adjacent-after:name", quote(a, "Venezuela has the right"));
    // The name renames the role's holder inside the phrase, not the adviser or spokesman.
    assertNotEquals("Evo Morales", quote(a, "We have nothing").speaker().name());
    assertNotEquals("Omar Prieto", quote(a, "Nothing changes").speaker().name());
  }

  @Test
  void rolesAndPronounsFindTheirPersonOrInstitution() {
    ArticleAnalysis a =
        analyze(
            """
            "The two officers will stay to follow up cases," said Ms Bachelet's spokesman, \
            Rupert Colville.

            Venezuela's foreign ministry answered with a formal note. The ministry said the team \
            had received "82 documents and 14 official reports" in June.

            President Nicolás Maduro, speaking at Miraflores, called on the opposition to talk. \
            "I call on the honest opposition to break with this mafia," the Head of State said.

            In a letter sent to López Obrador and Vázquez before the meeting, Guaidó asked both \
            leaders to reconsider. "I invite you to stand with the Venezuelan people," he wrote.

            Equatorial Guinea's representative said Africa knew foreign interference well. \
            "Africa knows what follows when big powers choose leaders," he said.

            For Fr Tom Keane, a Kerry-born priest, the week brought more worry than joy. "I \
            buried too many young men there to cheer," he said.\
            """);
    assertSpeaker("Rupert Colville", "adjacent-after:name", quote(a, "The two officers"));
    assertEquals("Venezuelan Foreign Ministry", quote(a, "82 documents").speaker().name());
    assertEquals("Nicolás Maduro", quote(a, "I call on the honest").speaker().name());
    assertEquals("Juan Guaidó", quote(a, "I invite you").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "Africa knows").speaker().name());
    // No participle in "For Fr Tom Keane, …": the name stays the one a pronoun refers to.
    assertEquals("Tom Keane", quote(a, "I buried too many").speaker().name());
  }

  @Test
  void aNameBetweenCommasAndAnAskedInsertionDoNotHideTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            China’s Foreign Ministry, asked on Thursday about the flights, said the problems \
            should be “settled by Venezuelans themselves through dialogue.”

            Labor’s foreign affairs spokeswoman, Penny Wong, was more cautious, saying the party \
            supported ‘a peaceful outcome decided by Venezuelans.’\
            """);
    assertEquals("Chinese Foreign Ministry", quote(a, "settled by Venezuelans").speaker().name());
    assertEquals("Penny Wong", quote(a, "a peaceful outcome").speaker().name());
  }

  @Test
  void lateRulesStayQuietWhereTheyDoNotApply() {
    ArticleAnalysis a =
        analyze(
            """
            While a government spokesman insisted the vote was fair, Juan Guaidó called it a \
            sham. "We will not accept it," he said.

            "He has not seen a judge in six weeks," said a lawyer for Guaidó's chief of staff, \
            Roberto Marrero, who was arrested in March.

            During a televised address Nicolás Maduro, who has ruled since 2013, said the \
            blackout was "sabotage from abroad."\
            """);
    assertEquals("Juan Guaidó", quote(a, "We will not accept").speaker().name());
    assertNotEquals("Roberto Marrero", quote(a, "He has not seen").speaker().name());
    assertEquals("Nicolás Maduro", quote(a, "sabotage from abroad").speaker().name());
  }

  @Test
  void aPastParticipleBeforeARoleNounBelongsToTheRole() {
    ArticleAnalysis a =
        analyze(
            """
            Nicolás Maduro called the sanctions "a criminal theft" on state television.

            "They want to take Citgo the way a burglar takes a television," the embattled \
            strongman said, to applause.

            "They closed three streets for the foreigners," said a woman selling arepas from a \
            cart, who did not give her name.\
            """);
    assertEquals("Nicolás Maduro", quote(a, "They want to take").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "They closed three").speaker().name());
  }

  @Test
  void aSubjectOfUnknownGenderBeatsAPossessorForAPronoun() {
    ArticleAnalysis a =
        analyze(
            """
            Asked about Mr. Abrams's remarks at the weekly briefing, ministry spokesperson Raveesh \
            Kumar said the ties were "commercial and long-standing". "We hope the people of \
            Venezuela will settle their differences peacefully," he said.\
            """);
    assertEquals("Raveesh Kumar", quote(a, "We hope the people").speaker().name());
  }

  @Test
  void aPronounAfterASourceTheWriterSaysIsUnnamedIsUnknown() {
    ArticleAnalysis a =
        analyze(
            """
            "My licence expires in March," said Rafael Quintero, 44, a taxi driver.

            The driver behind him, who would not give his name, was less patient. "They want \
            us to queue until the election," he said.

            Her neighbour, a woman selling cigarettes who asked not to be named, shrugged. \
            "Every week there is a new rule," she said.

            A Brazilian diplomat familiar with the talks, speaking on condition of anonymity, was \
            more cautious. "Nothing is signed until everything is signed," he said.

            Rafael Quintero waved the officers through. Another driver spoke up. "We load at six \
            and leave at seven," he said, declining to give his name.

            "The line has been shorter since Monday," Quintero said. "I am grateful," he added.\
            """);
    for (String start : new String[] {"They want us", "Every week there", "Nothing is signed", "We load at six"}) {
      Speaker s = quote(a, start).speaker();
      assertEquals(Speaker.UNKNOWN_NAME, s.name(), start + ": " + s);
      assertEquals(SpeakerType.PERSON, s.type(), s.toString());
      assertFalse(s.role().isEmpty(), s.toString());
    }
    assertTrue(quote(a, "They want us").speaker().role().contains("driver behind him"),
        quote(a, "They want us").speaker().toString());
    assertEquals("Rafael Quintero", quote(a, "My licence expires").speaker().name());
    assertEquals("Rafael Quintero", quote(a, "I am grateful").speaker().name());
  }

  @Test
  void aPersonDescribedByWhereTheyWorkSpeaksNotThePlaceOrEmployer() {
    ArticleAnalysis a =
        analyze(
            """
            Power returned to parts of Zulia on Thursday.

            A nurse at the University Hospital in Maracaibo, who asked not to be named, said staff \
            had worked "by the light of our telephones for two nights".

            A former engineer at the state power company Corpoelec, speaking on condition of \
            anonymity, told reporters that the turbines had "gone without maintenance for years".\
            """);
    for (String start : new String[] {"by the light", "gone without"}) {
      Speaker s = quote(a, start).speaker();
      assertEquals(Speaker.UNKNOWN_NAME, s.name(), s.toString());
      assertEquals(SpeakerType.PERSON, s.type(), s.toString());
    }
  }

  @Test
  void aPossessorIsNotTheSubjectAPronounRefersTo() {
    ArticleAnalysis a =
        analyze(
            """
            Táchira's governor, Laidy Gómez, an opposition politician, called for a lasting \
            arrangement. "We need a permanent mechanism," she said.\
            """);
    assertEquals("Laidy Gómez", quote(a, "We need a permanent").speaker().name());
  }

  @Test
  void anEmbassyInACapitalSpeaksNotTheCapitalsCountry() {
    ArticleAnalysis a =
        analyze(
            """
            The Mexican Embassy in Havana went further in a statement: "Every flight will leave \
            on schedule."\
            """);
    Speaker s = quote(a, "Every flight").speaker();
    assertTrue(s.name().contains("Embassy"), s.toString());
    assertFalse(s.name().equals("Cuba"), s.toString());
  }

  @Test
  void aNameInAnOpeningParticiplePhraseIsNotThePronounsAntecedent() {
    ArticleAnalysis a =
        analyze(
            """
            Asked about Mr. Abrams, Mr. Arreaza shrugged. "His threats do not frighten anyone in \
            Caracas," he said.\
            """);
    assertEquals("Jorge Arreaza", quote(a, "His threats").speaker().name());
  }

  @Test
  void whomALetterWasAddressedToIsNotItsWriter() {
    ArticleAnalysis a =
        analyze(
            """
            In a message to Spanish Prime Minister Pedro Sánchez, Mr. Guaidó asked for help to \
            protect what he called "the savings of every Venezuelan family".\
            """);
    assertEquals("Juan Guaidó", quote(a, "the savings").speaker().name());
  }

  @Test
  void aDocumentDescribedByAParticipleIsNotTheSubjectOfTheParticipleAfterIt() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Jorge Arreaza answered the Lima Group in a message posted on Twitter, \
            writing that its members were "taking orders from Washington".\
            """);
    assertEquals("Jorge Arreaza", quote(a, "taking orders").speaker().name());
  }

  @Test
  void anEmbassyElsewhereIsNotTheRegisteredEmbassyInCaracas() {
    ArticleAnalysis a =
        analyze(
            """
            The US Embassy in Bogotá kept its distance. "We are following events closely," an \
            embassy statement said.

            The US Embassy in Lima said: "Our consular section is open."

            The US Embassy in Caracas said: "Our staff remain in the city."\
            """);
    assertEquals("US Embassy in Bogotá", quote(a, "We are following").speaker().name());
    assertEquals("US Embassy in Lima", quote(a, "Our consular").speaker().name());
    assertEquals("US Embassy in Caracas", quote(a, "Our staff").speaker().name());
  }

  @Test
  void verbsInsideAnOpeningPrepositionalPhraseDoNotHideTheSubjectAfterIt() {
    ArticleAnalysis a =
        analyze(
            """
            In a speech that lasted two hours, Maduro mocked Mr. Pompeo. "He thinks he can give \
            orders in Caracas," he said.

            Among them is Mariela Quintero, 29, a nurse from Maracaibo who now lives in Croydon, \
            south London.

            'My father waits all night for petrol. If that gold goes to Caracas he will never see \
            any of it,' she told the Chronicle.\
            """);
    assertEquals("Nicolás Maduro", quote(a, "He thinks").speaker().name());
    // "Among them is X," opens with a preposition, but its verb is the main one
    assertEquals("Mariela Quintero", quote(a, "My father").speaker().name());
  }

  @Test
  void aRegistryTitleJoinedByAndToAnotherDescriptionNamesItsActor() {
    ArticleAnalysis a =
        analyze(
            """
            In an address that lasted almost three hours, the former bus driver and union \
            organiser said the country had "defeated every coup attempt".\
            """);
    assertEquals("Nicolás Maduro", quote(a, "defeated every").speaker().name());
  }

  @Test
  void theSubjectOfAClauseAfterWhetherDoesNotGovernTheParticiple() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Jorge Arreaza held a news conference in New York on Tuesday. He \
            dismissed a question about whether Brazil considered the border closed, saying the \
            matter was "for Brasília to explain".\
            """);
    assertEquals("Jorge Arreaza", quote(a, "for Brasília").speaker().name());
  }

  @Test
  void aDocumentOwnedByAnOrganisationNamedEarlierIsItsStatement() {
    ArticleAnalysis a =
        analyze(
            """
            Ministers of the Lima Group met in Santiago on Monday. Peru and Paraguay pushed for \
            tougher wording in the group's final declaration.

            That declaration urged "free and fair elections as soon as possible".\
            """);
    assertEquals("Lima Group", quote(a, "free and fair").speaker().name());
  }

  @Test
  void aNamesPossessiveBeforeARoleIsAnAppositiveNotTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Delcy Rodríguez, Maduro's deputy, told a crowd of state workers in Maracay that the \
            country "will never hand its gold to foreigners."\
            """);
    assertEquals("Delcy Rodríguez", quote(a, "will never hand").speaker().name());
  }

  @Test
  void aBodyAppointedBySomeoneSpeaksNotWhoAppointedIt() {
    ArticleAnalysis a =
        analyze(
            """
            The ad hoc board of PDVSA chosen by the National Assembly announced on Monday that \
            "every bondholder will be treated equally".\
            """);
    assertEquals("PDVSA ad hoc board", quote(a, "every bondholder").speaker().name());
  }

  @Test
  void theRulesAboutOpeningPhrasesAndAppointedBodiesKeepTheirLimits() {
    ArticleAnalysis a =
        analyze(
            """
            A statement issued by the Venezuelan Foreign Ministry said the sanctions were "an act \
            of economic terrorism."

            In an interview with CNN Maduro, who spoke from Miraflores, said the army was "loyal \
            to the constitution."

            The former bus driver and his wife said on state television that the country "will \
            win this war."\
            """);
    // the document's issuer follows "issued by"; the name after "CNN" is not inside the phrase
    assertEquals("Venezuelan Foreign Ministry", quote(a, "an act").speaker().name());
    assertEquals("Nicolás Maduro", quote(a, "loyal to").speaker().name());
    // "and his wife" is a second person, not another description of the first
    assertNotEquals("Nicolás Maduro", quote(a, "will win").speaker().name());
  }

  @Test
  void anOrganisationAfterALowerCasePossessorIsNamedWithoutThePossessive() {
    ArticleAnalysis a =
        analyze(
            """
            The ruling was welcomed in Maracaibo. "Every worker will be paid on time," the \
            state's Labour Office said in a statement.

            Floods hit Houston on Monday. "Every unit is deployed," the state's National Guard \
            said.\
            """);
    assertEquals("Labour Office", quote(a, "Every worker").speaker().name());
    // someone else's National Guard is not the registry's Venezuelan one
    Speaker guard = quote(a, "Every unit").speaker();
    assertEquals("National Guard", guard.name());
    assertTrue(guard.camp().isEmpty(), guard.toString());
  }

  @Test
  void theSubjectIsFoundPastSeveralInsertionsBeforeTheVerb() {
    ArticleAnalysis a =
        analyze(
            """
            Mariela Suárez, 34, from Valencia, who sells arepas near the bus terminal, said she had \
            waited in line since dawn.

            "The buses stopped running in March and nobody came to fix them."

            Tomás Ledezma, 52, a mechanic at the tractor plant in Valencia who lost his job in \
            2017, said he was leaving for Peru.

            "There is nothing left here for my children."\
            """);
    assertSpeaker("Mariela Suárez", "intro-paragraph", quote(a, "The buses stopped"));
    assertSpeaker("Tomás Ledezma", "intro-paragraph", quote(a, "There is nothing left"));
  }

  @Test
  void aPersonsDescriptionBeforeARelativeClauseIsSkippedToTheName() {
    ArticleAnalysis a =
        analyze(
            """
            Gonzalo Himiob, vice-president of the rights group Foro Penal, who visited the jail on \
            Friday, said the detainees had "no access to lawyers or to their families."

            In Caracas, opposition leader Juan Guaidó, recognised by Peru as interim president, said \
            the reopening showed "a regime that can no longer hide the emergency."\
            """);
    assertEquals("Gonzalo Himiob", quote(a, "no access to lawyers").speaker().name());
    // the phrase before the description is the opening place, not a person: it is not skipped
    assertEquals("Juan Guaidó", quote(a, "a regime that can no longer").speaker().name());
  }

  @Test
  void aVerbInsideTheComplementOfSaidReportsForTheSubjectOfSaid() {
    ArticleAnalysis a =
        analyze(
            """
            Rafael Ortega, a former technician at the Tocoma dam, said he and his former \
            co-workers had warned about the turbines for years.

            "Nobody in Caracas listened to the engineers."\
            """);
    assertSpeaker("Rafael Ortega", "intro-paragraph", quote(a, "Nobody in Caracas"));
  }

  @Test
  void aDescribedSourceWhoGivesAFirstNameIsNamedByIt() {
    ArticleAnalysis a =
        analyze(
            """
            At the bus terminal, a woman holding two suitcases gave only her first name, Dayana. \
            "We have not eaten meat since Christmas," she said.

            "They told us the border would open on Monday," said a driver who gave his name as \
            Eduardo.

            A caller from Maracay who identified herself only as a retired teacher was angry. "Nobody \
            has paid my pension since April," she said.\
            """);
    assertSpeaker("Dayana", "adjacent-after:given-name", quote(a, "We have not eaten"));
    assertSpeaker("Eduardo", "adjacent-after:given-name", quote(a, "They told us the border"));
    // "identified herself only as a retired teacher" gives no name
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "Nobody has paid").speaker().name());
  }

  @Test
  void aSpokespersonForAnOrganisationIsUnknownWithItsCamp() {
    ArticleAnalysis a =
        analyze(
            """
            "We regret the decision and will study it," a spokesman for the Venezuelan Foreign \
            Ministry said.

            "The army is acting only in support of the operation," said a spokeswoman for the \
            Amazon Military Command.\
            """);
    Speaker ministry = quote(a, "We regret the decision").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, ministry.name());
    assertEquals("venezuelan-government", ministry.camp(), ministry.toString());
    assertTrue(ministry.method().endsWith(":spokesperson"), ministry.method());
    Speaker command = quote(a, "The army is acting").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, command.name());
    assertTrue(command.role().contains("Amazon Military Command"), command.toString());
  }

  @Test
  void theNewSubjectRulesKeepTheirLimits() {
    ArticleAnalysis a =
        analyze(
            """
            "She was shot in the back," a witness said, adding that the victim had been \
            identified only as Maria.

            Trump praised Guaidó and Maduro said: "This is a coup against our people."

            The opposition will boycott the vote, said Juan Guaidó on Tuesday.\
            """);
    // the name given belongs to the victim, not to the witness who speaks
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "She was shot").speaker().name());
    // the object of the first clause is not the subject of the second
    assertEquals("Nicolás Maduro", quote(a, "This is a coup").speaker().name());
    // an inverted subject followed by a time phrase still ends the clause
    assertEquals("Juan Guaidó", quote(a, "The opposition will boycott").speaker().name());
  }

  @Test
  void aParticipleClauseReadAsPastTenseDoesNotHideTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Opposition leader Juan Guaidó, recognised as interim president by more than 50 \
            countries, called it "a victory of the pressure we have built".

            The Department of Citizenship, for its part, reminded travellers that they "should \
            present themselves at the nearest police station within fourteen days".\
            """);
    assertSpeaker("Juan Guaidó", "verb-before:name", quote(a, "a victory of the pressure"));
    assertSpeaker("Department of Citizenship", "verb-before:name", quote(a, "should present themselves"));
  }

  @Test
  void aGroupTheTextDoesNotNameIsUnknownWithItsDescription() {
    ArticleAnalysis a =
        analyze(
            """
            A Caracas-based rights group said "at least 40 people were injured" in the clashes.

            "We have been here since four in the morning," one of the women said.

            "The talks must resume," one of the rights groups said.

            Witnesses said the march would "go ahead whatever the weather".

            Police said there had been "no incidents" at the registration centres.

            U.S. officials said the measures were "only the beginning".

            Venezuelan officials said the border would stay "closed until further notice".

            A human rights group in Caracas said "at least 12 people were detained".\
            """);
    Speaker group = quote(a, "at least 40 people").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, group.name());
    assertEquals("Caracas-based rights group", group.role());
    Speaker woman = quote(a, "We have been here").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, woman.name());
    assertEquals("one of the women", woman.role());
    assertEquals(SpeakerType.PERSON, woman.type());
    assertEquals(SpeakerType.ORGANIZATION, quote(a, "The talks must resume").speaker().type());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "at least 12 people").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "go ahead whatever").speaker().name());
    // an institution and a group whose country is named keep their description as the name
    assertEquals("Police", quote(a, "no incidents").speaker().name());
    assertEquals("U.S. officials", quote(a, "only the beginning").speaker().name());
    assertEquals("Venezuelan officials", quote(a, "closed until further").speaker().name());
  }

  @Test
  void aGenderGuessedFromTheEndOfAFirstNameDoesNotBlockAPronoun() {
    ArticleAnalysis a =
        analyze(
            """
            Kwabena Owusu, an economist at the University of Ghana, followed the vote from Accra.

            He urged caution. "Africa knows what outside pressure does to a country," he said.

            Dayana Rojas waited at the bridge with her husband, Luis Rojas. "We have nothing left," \
            he said.

            Juan Guaidó spoke from a stage in Las Mercedes. Among the crowd was Yajaira Mendoza, a \
            retired teacher. "We will not stop until he goes," he said.\
            """);
    assertSpeaker("Kwabena Owusu", "adjacent-after:pronoun", quote(a, "Africa knows"));
    // a guessed gender still rules a name out while another name fits
    assertSpeaker("Luis Rojas", "adjacent-after:pronoun", quote(a, "We have nothing left"));
    assertSpeaker("Juan Guaidó", "adjacent-after:pronoun", quote(a, "We will not stop"));
  }

  @Test
  void descriptionsAndRelativeClausesAfterANameDoNotHideIt() {
    ArticleAnalysis a =
        analyze(
            """
            Belgian Foreign Minister Didier Reynders, himself bound for the European Commission next \
            month, said Belgium had backed the renewal "without hesitation".

            Ingrid Solheim, foreign policy spokesperson for the Red Party, said Oslo should be \
            "far more open about what the sanctions do".

            Jomar Castillo, a seaman from Batangas whose tanker has been anchored off Puerto La \
            Cruz, said the crew was safe. "Our ship makes its own power, so we are fine on board."\
            """);
    assertSpeaker("Didier Reynders", "verb-before:name", quote(a, "without hesitation"));
    assertSpeaker("Ingrid Solheim", "verb-before:name", quote(a, "far more open"));
    assertSpeaker("Jomar Castillo", "topic-before:name", quote(a, "Our ship makes"));
  }

  @Test
  void namesFollowedByPlacesAndTitlesKeepTheirOwnWords() {
    ArticleAnalysis a =
        analyze(
            """
            A senior lecturer in International Relations at the University of Ghana, Dr. Abena \
            Mensah-Boateng, said governments had reasons for caution. "Many capitals are uneasy \
            about recognising a president nobody elected," she said.

            Bishop Thomas Whitcombe of Rockford, Illinois, chairman of the bishops' migration \
            committee, said: "Venezuelans who have fled here should not be sent back."

            Dana Whitfield of Houston said the refinery was "running as normal".

            Yorgelis Marcano, 26, from Maturin, Monagas, who works at a bakery, said there had been \
            "no flour since March".

            Denise Farrow of Houston, Texas, said the terminal was "working again".

            The largest economy in Latin America, Brazil, a member of the Lima Group, said it "will \
            not take part in any military action".

            Guaidó's representative in Washington, former lawmaker Carlos Vecchio, said the embassy \
            "belongs to the Venezuelan people".

            A former lawmaker from Vargas, Mr Guaidó, spoke on Tuesday. "The armed forces will not \
            be bought," he said.

            The Communist Party of Kenya said the draft was "a pretext for invasion".\
            """);
    assertSpeaker("Abena Mensah-Boateng", "adjacent-after:pronoun", quote(a, "Many capitals"));
    assertSpeaker("Thomas Whitcombe", "verb-before:name", quote(a, "Venezuelans who have fled"));
    assertSpeaker("Dana Whitfield", "verb-before:name", quote(a, "running as normal"));
    assertSpeaker("Yorgelis Marcano", "verb-before:name", quote(a, "no flour since March"));
    assertSpeaker("Denise Farrow", "verb-before:name", quote(a, "working again"));
    assertSpeaker("Brazil", "verb-before:name", quote(a, "will not take part"));
    assertSpeaker("Carlos Vecchio", "verb-before:name", quote(a, "belongs to the Venezuelan"));
    assertSpeaker("Juan Guaidó", "adjacent-after:pronoun", quote(a, "The armed forces"));
    assertSpeaker("Communist Party of Kenya", "verb-before:name", quote(a, "a pretext for invasion"));
  }

  @Test
  void aSpokespersonForANamedOrganisationIsUnknownHoweverTheNameIsWritten() {
    ArticleAnalysis a =
        analyze(
            """
            A spokesperson for the Department of Foreign Affairs and Trade (DFAT) said Australia \
            "continues to recognise Juan Guaidó as interim president".

            A Department of Homeland Security spokesperson said the agency was "continually \
            assessing conditions in Venezuela".\
            """);
    Speaker dfat = quote(a, "continues to recognise").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, dfat.name());
    assertTrue(dfat.method().endsWith(":spokesperson"), dfat.toString());
    assertTrue(dfat.role().contains("Foreign Affairs and Trade"), dfat.toString());
    Speaker dhs = quote(a, "continually assessing").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, dhs.name());
    assertEquals("Department of Homeland Security spokesperson", dhs.role());
  }

  @Test
  void theGovernmentIsTheOneJustSpokenOfElseTheArticlesMainOne() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's economy shrank again this year, and Venezuela blamed the sanctions. Talks \
            hosted by Norway have stalled. Few diplomats expect a deal before the new year.

            "There are no conditions for sitting at the table while the blockade lasts," the \
            government said in a statement.

            Chile's government said on Monday it would keep its consulates open. The UN refugee agency \
            praised the decision. "No Venezuelan will be turned away at the border," the government \
            said.\
            """);
    assertSpeaker("Venezuelan government", "adjacent-after:role", quote(a, "There are no conditions"));
    assertSpeaker("Chile", "adjacent-after:role", quote(a, "No Venezuelan will"));
  }

  @Test
  void aRankedNameBetweenCommasAndAPlaceNameInsideAnInsertionAreSkippedToTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            The raid left one soldier dead.

            Venezuela's Defence Minister, General Vladimir Padrino López, said on Twitter that the \
            attack was the work of "terrorist cells trained by the opposition".

            The army chief, General Jesús Suárez Chourio, said the post had been "fully retaken".

            US national security adviser John Bolton, speaking at a conference in the Peruvian \
            capital, Lima, claimed the measure would deny the regime "the resources it uses to \
            repress".\
            """);
    assertSpeaker("Vladimir Padrino López", "verb-before:name", quote(a, "terrorist cells"));
    assertSpeaker("Jesús Suárez Chourio", "verb-before:name", quote(a, "fully retaken"));
    assertSpeaker("John Bolton", "verb-before:name", quote(a, "the resources it uses"));
  }

  @Test
  void aTimePhraseBeforeTheVerbAndAThatClauseBeforeAParticipleAreNotTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Hospitals were left without electricity.

            President Nicolás Maduro last night blamed the blackout on saboteurs "directed from \
            Washington" - but opposition leader Juan Guaidó said the regime had only itself to blame.

            Colombia's Foreign Ministry on Monday dismissed accusations from Caracas that the men \
            had been trained in Colombia, calling the claim "a recycled script".

            The ministry rejected reports that the gunmen who stormed the base had crossed from \
            Colombia, calling them "a fantasy of the regime".\
            """);
    assertSpeaker("Nicolás Maduro", "verb-before:name", quote(a, "directed from Washington"));
    assertSpeaker("Colombian Foreign Ministry", "verb-before:governing:name", quote(a, "a recycled script"));
    assertEquals("Colombian Foreign Ministry", quote(a, "a fantasy of the regime").speaker().name());
  }

  @Test
  void aStatementIsItsIssuersAndAnOrganisationIsKnownByItsAcronymAndItsAppositiveName() {
    ArticleAnalysis a =
        analyze(
            """
            Aid deliveries resumed on Tuesday.

            The International Committee of the Red Cross (ICRC), which has expanded its operations \
            in Venezuela, said in a statement issued in Geneva that it would "work with all actors \
            to reach those who need help most".

            A Treasury Department statement said shipments of food and medicine "continue to be \
            permitted under existing licenses".

            A coalition of faith and peace organizations, the Hemispheric Peace Network, put it \
            more bluntly in a statement: "Economic warfare is still warfare."

            "We take note of the report with great concern," the Federal Department of Economic \
            Affairs (FDEA) said in a written statement.

            "We remain available to support any process of dialogue," the FDEA added.\
            """);
    assertSpeaker("International Committee of the Red Cross", "verb-before:name", quote(a, "work with all actors"));
    assertSpeaker("US Treasury", "verb-before:document", quote(a, "continue to be permitted"));
    assertSpeaker("Hemispheric Peace Network", "colon:main-clause:name", quote(a, "Economic warfare"));
    assertSpeaker("Federal Department of Economic Affairs", "adjacent-after:name", quote(a, "We remain available"));
  }

  @Test
  void aRoleNounFindsThePersonByTheRoleWrittenAtTheirFirstMention() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Kamina Johnson Smith said the decision had been taken after \
            consultation with Prime Minister Andrew Holness and the Cabinet.

            "Jamaica could not pretend that the elections were fair," Johnson Smith said.

            The minister said the embassy in Caracas would remain "open and functioning".\
            """);
    assertSpeaker("Kamina Johnson Smith", "verb-before:role", quote(a, "open and functioning"));
  }

  @Test
  void aNameInsideAnEarlierClauseOrAfterAVerbsThatIsNotTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            The talks resumed in Lima.

            Reuters reported that Maduro addressed troops in Caracas, telling them "we will never \
            surrender the homeland".

            John Bolton, who addressed the regional bloc, the Organization of American States, said \
            the measures were "only the beginning".

            Mike Pompeo, who met Colombia's defence minister, General Luis Fernando Navarro, said the \
            border would stay "under close watch".

            Its closest ally in the region, Cuba, said the sanctions were "a criminal act of \
            aggression".

            The UN's Venezuela report said conditions in the prisons were "deplorable and inhumane".

            The wave began in Madrid, where the Spanish prime minister, Pedro Sánchez, said in a \
            televised address that recognition would close "a chapter of hunger and exile".\
            """);
    assertEquals("Pedro Sánchez", quote(a, "a chapter of hunger").speaker().name());
    assertEquals("Nicolás Maduro", quote(a, "we will never").speaker().name());
    assertEquals("John Bolton", quote(a, "only the beginning").speaker().name());
    assertEquals("Mike Pompeo", quote(a, "under close watch").speaker().name());
    assertEquals("Cuba", quote(a, "a criminal act").speaker().name());
    assertNotEquals("Venezuelan government", quote(a, "deplorable").speaker().name());
  }

  @Test
  void aRoleWrittenWithACountrysPossessiveBeforeANameIsThatPersonsRole() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuela's ambassador, Marcos Paredes, spoke to reporters on Friday.

            "Our doors are open," the ambassador said.\
            """);
    assertSpeaker("Marcos Paredes", "adjacent-after:role", quote(a, "Our doors are open"));
  }

  @Test
  void aQuoteAfterReportedSpeechInItsParagraphIsThatSpeakers() {
    ArticleAnalysis a =
        analyze(
            """
            Foreign Minister Augusto Santos Silva said Portugal would not abandon its citizens.

            The minister also confirmed that the consulate in Caracas would open longer from July. \
            "Demand for passports has tripled. We are sending four more staff."

            The ambassador, who met the envoys on Monday, said the talks had stalled. "Nobody is \
            ready to give ground."

            Diplomats from two countries said privately that Brazil had been among the governments \
            that insisted on excluding force. "There was never a majority for it."\
            """);
    assertSpeaker("Augusto Santos Silva", "said-before:role", quote(a, "Demand for passports"));
    assertTrue(quote(a, "Nobody is ready").speaker().method().startsWith("said-before"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "There was never").speaker().name());
  }

  @Test
  void aPersonNamedInARelativeClauseSpeaksTheQuoteOfItsVerb() {
    ArticleAnalysis a =
        analyze(
            """
            The Government of Bolivia celebrated the election of Venezuela to the council, a result \
            that Foreign Minister Diego Pary described as "a victory of the dignity of the peoples".

            Pompeo said on Twitter that the United States considered the flights "a reckless \
            escalation".

            The ministry said on Wednesday that Daniel Kriener had been declared persona non grata \
            because of his "open alignment with a faction".\
            """);
    assertSpeaker("Diego Pary", "verb-before:name", quote(a, "a victory of the dignity"));
    assertSpeaker("Mike Pompeo", "verb-before", quote(a, "a reckless escalation"));
    assertNotEquals("Daniel Kriener", quote(a, "open alignment").speaker().name());
  }

  @Test
  void aHeadlineQuoteRewordedInTheBodyTakesTheBodysSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Houston Venezuelans cheer as opposition moves to take over Citgo: 'It's the people's money'

            "This is the people's money. For twenty years they have been stealing it," said Andreína \
            Salcedo, who runs a community group in Katy.

            "We are watching and we are hopeful," said Pedro Lugo, a Citgo engineer.\
            """);
    assertSpeaker("Andreína Salcedo", "headline-echo", quote(a, "It's the people's money"));
    ArticleAnalysis other =
        analyze(
            """
            Exiles in Madrid react to the uprising: 'We will not go back'

            "We will not accept another fraud," said Ana Ruiz, who arrived in 2017.\
            """);
    assertNotEquals("Ana Ruiz", quote(other, "We will not go back").speaker().name(), "only common words shared");
  }

  @Test
  void theNewRulesKeepTheirLimitsOnOrdinarySentences() {
    ArticleAnalysis a =
        analyze(
            """
            Security forces responded with tear gas. "They were shooting at children."

            Guaidó, citing two officers who asked not to be named, said: "The army is divided."

            Abrams told reporters on Thursday that Maduro believes he can "wait out the sanctions".

            Guaidó, accompanied by his wife, Fabiana Rosales, told the crowd to stay calm. "We will \
            be back tomorrow," the opposition leader said.

            Pedro Lugo, accompanied by his wife, Ana Ruiz, told reporters the plant had stopped. "We \
            have no spare parts," the engineer said.\
            """);
    assertNotEquals("Security forces", quote(a, "They were shooting").speaker().name());
    assertSpeaker("Juan Guaidó", "verb-before", quote(a, "The army is divided"));
    assertSpeaker("Elliott Abrams", "verb-before", quote(a, "wait out the sanctions"));
    assertSpeaker("Juan Guaidó", "adjacent-after", quote(a, "We will be back"));
    assertSpeaker("Pedro Lugo", "adjacent-after:role", quote(a, "We have no spare parts"));
  }

  @Test
  void aHeadlineSharingOnlyCommonWordsWithABodyQuoteKeepsItsOwnSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Maduro says: 'We don't need humanitarian aid'

            "The humanitarian aid will enter, and we don't need his permission," Guaidó said.\
            """);
    assertNotEquals("Juan Guaidó", quote(a, "We don't need humanitarian").speaker().name());
  }

  @Test
  void aQuoteOnItsOwnLineIsTheSpeakersNamedAfterADash() {
    ArticleAnalysis a =
        analyze(
            """
            QUOTES OF THE WEEK

            “Anyone still doing business with the regime should ask whether it is worth it.”
            — John Bolton, US national security adviser, in Lima, Tuesday

            “They have frozen our accounts. They will never freeze our dignity.” — Nicolás Maduro, \
            at a rally, Wednesday

            “Food and medicine shipments are exempt.”
            — Senior administration official, briefing reporters on condition of anonymity

            Critics called the order “a blockade by another name” — a phrase the Treasury rejected.

            “Do you back Guaidó?”
            — Maduro: “No.”\
            """);
    assertSpeaker("John Bolton", "dash-after", quote(a, "Anyone still doing"));
    assertSpeaker("Nicolás Maduro", "dash-after", quote(a, "They have frozen"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "Food and medicine").speaker().name());
    // Not a quote that opens its line: the dash starts the writer's own words.
    assertFalse(quote(a, "a blockade by another").speaker().method().startsWith("dash-after"));
    // A transcript's next turn, not the question's speaker.
    assertNotEquals("Nicolás Maduro", quote(a, "Do you back").speaker().name());
  }

  @Test
  void aSentenceSayingThatWasHowSomeoneDescribedItNamesTheSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            NEW YORK — Foreign ministers met on Monday.

            "A corpse from the Cold War, dug up to dress aggression in legal clothes." That was \
            how Venezuela's foreign minister, Jorge Arreaza, described the pact.

            "We will not be rushed." That is how the Uruguayan president, Tabaré Vázquez, put it.

            Guaidó told supporters: "We will be back." That is how Maduro's government sees the threat.

            "It is over." That is how Venezuela works now, critics say.\
            """);
    assertSpeaker("Jorge Arreaza", "how-after", quote(a, "A corpse from the Cold War"));
    assertSpeaker("Tabaré Vázquez", "how-after", quote(a, "We will not be rushed"));
    assertEquals("Juan Guaidó", quote(a, "We will be back").speaker().name());
    assertNotEquals("Venezuelan government", quote(a, "It is over").speaker().name());
  }

  @Test
  void aPersonNamedBeforeTheirTownSpeaksNotTheTown() {
    ArticleAnalysis a =
        analyze(
            """
            BRIDGETOWN — Thousands of holidaymakers were stranded.

            At the airport, Susan Pryor from Leeds told our reporter: "We found out from a text \
            message at four in the morning."

            Carlos Mejía from Maracaibo told the BBC: "We walked for nine days."

            Relatives of Fernando Albán in New York said: "We want the truth."\
            """);
    assertSpeaker("Susan Pryor", "verb-before", quote(a, "We found out"));
    assertSpeaker("Carlos Mejía", "verb-before", quote(a, "We walked"));
    assertNotEquals("Fernando Albán", quote(a, "We want the truth").speaker().name());
  }

  @Test
  void aClauseAfterAPlaceIsNoRoleOfThePlace() {
    ArticleAnalysis a =
        analyze(
            """
            BOGOTÁ — Retired Major General Abelardo Contreras Uzcátegui is 61. He commanded troops \
            in Zulia and Apure.

            On April 30, when Juan Guaidó appeared near the air base in Caracas, the general \
            followed events on three phones at once.

            "They were all waiting to see who would move first," the general said.

            "The assembly will not be dissolved," said Rafael Lugo, an opposition lawmaker elected \
            in 2015.

            "The boats stay in," said Wilmer Ocando, a 52-year-old fisherman who mends nets by the \
            harbour.

            At the University Hospital in Maracaibo, a surgeon who asked not to be named said the \
            generators had failed. "We are ventilating patients by hand," the surgeon said.\
            """);
    assertSpeaker("Abelardo Contreras Uzcátegui", "adjacent-after:role", quote(a, "They were all waiting"));
    // A participle without an object keeps the role, and with it the camp it gives.
    assertEquals("venezuelan-opposition", quote(a, "The assembly will not").speaker().camp());
    assertTrue(quote(a, "The boats stay in").speaker().role().contains("fisherman who mends nets"),
        () -> quote(a, "The boats stay in").speaker().toString());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "We are ventilating").speaker().name());
  }

  @Test
  void aCaptionBeforeAColonNamesTheSpeakerItOpensWith() {
    ArticleAnalysis a =
        analyze(
            """
            What they're saying:

            • Maduro, in a televised address from Caracas: “They want to steal Citgo. It is a robbery.”
            • Guaidó, on Twitter: “We are taking control of our assets abroad.”

            Jorge Rodríguez, the government's lead negotiator, announcing that Caracas would not \
            send its delegation to Barbados:
            “We will not sit at a table while they sit on our money.”

            Bolton again, asked in Lima whether the order amounted to an embargo:
            “It is not an embargo. It is a freeze.”

            Maduro, who spoke for two hours, said the talks were over. Then the minister, in \
            Caracas: “Nothing more to add.”\
            """);
    assertSpeaker("Nicolás Maduro", "name-colon", quote(a, "They want to steal"));
    assertSpeaker("Juan Guaidó", "name-colon", quote(a, "We are taking control"));
    assertEquals("Jorge Rodríguez", quote(a, "We will not sit").speaker().name());
    assertEquals("John Bolton", quote(a, "It is not an embargo").speaker().name());
    assertFalse(quote(a, "Nothing more to add").speaker().method().startsWith("name-colon"));
  }

  @Test
  void aLineThatOpensWithANameAndAColonQuotesThatName() {
    ArticleAnalysis a =
        analyze(
            """
            Guaidó: 'We will not go into hiding'

            CARACAS — The opposition leader spoke to supporters on Monday after the arrest.

            Maduro told supporters in his speech: "We will win."

            Supporters cheered when the order came from Guaidó: "Stay in the streets."\
            """);
    assertSpeaker("Juan Guaidó", "name-colon", quote(a, "We will not go into hiding"));
    assertFalse(quote(a, "Stay in the streets").speaker().method().startsWith("name-colon"));
    ArticleAnalysis berlin =
        analyze(
            """
            Berlin: 'This cannot remain without consequences'

            "This report cannot remain without consequences for those responsible," Foreign \
            Minister Heiko Maas said on Thursday.\
            """);
    assertSpeaker("Heiko Maas", "headline-echo", quote(berlin, "This cannot remain"));
    assertSpeaker("Nicolás Maduro", "verb-before", quote(a, "We will win"));
  }

  @Test
  void theLateRulesKeepTheirLimitsToo() {
    ArticleAnalysis a =
        analyze(
            """
            Trump Warns Maduro: 'All options are on the table'

            CARACAS: "We will not surrender," Guaidó told supporters on Saturday.

            An aide to Guaidó, who spoke on the condition of anonymity, said: "The army is split."

            The ministry confirmed that figure on Monday. "We are investigating every case."

            Guaidó's arrest order, issued by the Supreme Court, said he "must be detained at once".\
            """);
    assertNotEquals("Nicolás Maduro", quote(a, "All options").speaker().name());
    assertSpeaker("Juan Guaidó", "adjacent-after", quote(a, "We will not surrender"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "The army is split").speaker().name());
    assertFalse(quote(a, "We are investigating").speaker().method().startsWith("said-before"));
    assertNotEquals("Juan Guaidó", quote(a, "must be detained").speaker().name());
    ArticleAnalysis aid =
        analyze(
            """
            Venezuela: 'Humanitarian aid is a show'

            "The humanitarian aid will enter, whatever they say," Guaidó told supporters.\
            """);
    assertNotEquals("Juan Guaidó", quote(aid, "Humanitarian aid is a show").speaker().name());
  }

  @Test
  void takesACoordinatedVerbsSubjectAfterAnOpeningPhraseWithAVerb() {
    // "read" in the opening phrase is no main verb, and "a communiqué" no subject of "said"
    ArticleAnalysis a =
        analyze(
            """
            The Lima Group met in Ottawa on Monday.

            In a communiqué read on state television, Foreign Minister Jorge Arreaza rejected the \
            plan and said the group had "no authority at all" to speak.\
            """);
    assertSpeaker("Jorge Arreaza", "verb-before:main-clause:name", quote(a, "no authority at all"));
  }

  @Test
  void continueWithWordsBeforeTheQuoteIsNoReportingVerb() {
    ArticleAnalysis a =
        analyze(
            """
            CARACAS (Wire) - Venezuela moved troops to the border on Tuesday.

            Nicolás Maduro called the treaty "a dead letter".

            Maduro's defence minister, Vladimir Padrino López, announced that military exercises on \
            the border would continue until the end of the month "to protect the border from any \
            aggression coming from Colombia."

            "We will not be intimidated," Padrino continued. "Not today, not ever."

            US National Security Adviser John Bolton warned that foreign companies that continue \
            to do business with the Venezuelan government "are putting their access to the \
            American market at risk".\
            """);
    assertSpeaker("Vladimir Padrino López", "verb-before:name", quote(a, "to protect the border"));
    assertEquals("Vladimir Padrino López", quote(a, "We will not be intimidated").speaker().name());
    assertEquals("John Bolton", quote(a, "are putting their access").speaker().name());
  }

  @Test
  void accordingToInsideTheQuotesClauseOutranksAnEarlierVerb() {
    ArticleAnalysis a =
        analyze(
            """
            CARACAS (Wire) - The new board of the National Assembly met on Monday.

            The board announced that it would convene the deputies, a step that, according to \
            Foreign Minister Jorge Arreaza, opens "the road to parliamentary elections in 2020."

            "There was no cyberattack. What there has been is twenty years of corruption and \
            looting in the electrical sector," Guaido told supporters in Caracas, according to local \
            media. "The usurper wants to blame the empire for his own failure."\
            """);
    assertSpeaker("Jorge Arreaza", "according-to:name", quote(a, "the road to parliamentary"));
    assertEquals("Juan Guaidó", quote(a, "The usurper wants").speaker().name(),
        "a source cited after the sentence's full stop does not take the next quote");
  }

  @Test
  void aHeadlineClauseAfterASemicolonHasItsOwnSpeaker() {
    ArticleAnalysis a =
        analyze(
            """
            Putin receives Maduro in Moscow; Lavrov: 'Dialogue, yes. At gunpoint, no'

            MOSCOW (Wire) - President Vladimir Putin received Nicolás Maduro at the Kremlin on \
            Wednesday.

            Foreign Minister Sergei Lavrov told reporters that Russia backed talks "without \
            ultimatums".\
            """);
    assertSpeaker("Sergei Lavrov", "name-colon:name", quote(a, "Dialogue, yes"));
  }

  @Test
  void aPersonOfAnOrganisationIsThePerson() {
    ArticleAnalysis a =
        analyze(
            """
            WASHINGTON (Wire) - Analysts were sceptical of the talks.

            David Smilde of Tulane University said the talks were "a stalling tactic".\
            """);
    assertSpeaker("David Smilde", "verb-before:name", quote(a, "a stalling tactic"));
  }

  @Test
  void accordingToInAnotherClauseOrWithoutANameLeavesTheQuoteToTheVerb() {
    ArticleAnalysis a =
        analyze(
            """
            CARACAS (Wire) - The lights went out again on Monday.

            Maduro said the blackout, which according to Communications Minister Jorge Rodríguez \
            was caused by a cyberattack, was "an act of war."

            Guaidó told supporters that, according to his team, the aid would arrive "in the coming \
            days."\
            """);
    assertEquals("Nicolás Maduro", quote(a, "an act of war").speaker().name());
    assertEquals("Juan Guaidó", quote(a, "in the coming days").speaker().name());
  }

  @Test
  void aCommaLessOpeningEndsAtTheNamedSubjectsVerb() {
    ArticleAnalysis a =
        analyze(
            """
            CÚCUTA (Wire) - Aid trucks waited at the border.

            On Friday Guaidó stood beside Duque, Piñera and Abdo Benítez and was defiant: "The aid \
            will enter."\
            """);
    assertEquals("Juan Guaidó", quote(a, "The aid will enter").speaker().name());
  }

  @Test
  void aFiniteContinueIsItsSubjectSpeakingOn() {
    ArticleAnalysis a =
        analyze(
            """
            NEW YORK (Wire) - The Security Council met on Tuesday.

            After Pompeo said Washington would not back down, Arreaza continued his address to the \
            council: "Venezuela will not be a colony."\
            """);
    assertEquals("Jorge Arreaza", quote(a, "Venezuela will not be a colony").speaker().name());
  }

  @Test
  void translatedCopysForXAccordingToWhatWasSaidByXAndToldUsX() {
    ArticleAnalysis a =
        analyze(
            """
            For Jean-Baptiste Lhermite, engineer at a Grenoble research institute, the hypothesis \
            of a cyber attack is "not impossible, but very improbable".

            For the leader of the Popular Party, Pablo Casado Blanco, Madrid arrived "late and \
            badly, after eight days of doubt".

            For the first time in years, the square was "full of people who still hope for a \
            change", and the crowd stayed until dark.

            For many residents of Petare, the blackout was "the final proof that nothing works \
            any more". For a senior European diplomat, the talks were "a useful first step that \
            nobody should oversell".

            According to what was expressed by the opposition deputy Stalin González, the \
            signatories "represent together less than two percent of the Parliament".

            In Petare, long lines formed at the few sources of water. "We go down to the river \
            with buckets," told us Yelitza Marrero Colmenares, 52.

            "Our role is to preserve order," explained the spokesman of the corporation, \
            lieutenant-colonel Sérgio Dávila.\
            """);
    assertSpeaker("Jean-Baptiste Lhermite", "for-name", quote(a, "not impossible"));
    assertSpeaker("Pablo Casado Blanco", "for-name", quote(a, "late and badly"));
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "full of people").speaker().name());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "the final proof").speaker().name());
    assertEquals("for-name:description", quote(a, "a useful first step").speaker().method());
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "a useful first step").speaker().name());
    assertSpeaker("Stalin González", "according-to", quote(a, "represent together"));
    assertSpeaker("Yelitza Marrero Colmenares", "adjacent-after", quote(a, "We go down"));
    assertSpeaker("Sérgio Dávila", "adjacent-after", quote(a, "Our role is"));
  }

  @Test
  void anAdoptedTextIsItsBodysWhateverTheReportCallsIt() {
    ArticleAnalysis a =
        analyze(
            """
            CARACAS — The ministerial meeting of the Non-Aligned Movement concluded on Sunday with a \
            declaration that condemns the sanctions on Venezuela.

            Foreign Minister Elmar Mammadyarov told the closing session that the declaration "reflects \
            the collective voice of the member states".

            The final text, which diplomats have begun to call the Caracas Declaration, was approved by \
            consensus. "The Movement rejects the application of unilateral coercive measures against \
            Venezuela," the document reads.

            In a communiqué read later on state television, it was affirmed by the Venezuelan Foreign \
            Ministry that the sanctions "offend the memory of the friendship between our peoples".

            "The Bolivarian Government will not receive ultimatums from any capital," the text \
            continued.\
            """);
    assertEquals("Elmar Mammadyarov", quote(a, "reflects the collective").speaker().name());
    assertSpeaker("Non-Aligned Movement", "adjacent-after", quote(a, "The Movement rejects"));
    assertSpeaker("Venezuelan Foreign Ministry", "verb-before", quote(a, "offend the memory"));
    assertSpeaker("Venezuelan Foreign Ministry", "adjacent-after", quote(a, "The Bolivarian Government"));
  }

  @Test
  void aDatelineInCapitalsIsNoOnesName() {
    ArticleAnalysis a =
        analyze(
            """
            NEW YORK — In a windowless meeting room a few blocks from the UN headquarters on Monday, \
            foreign ministers of the American states that still belong to the 1947 treaty did \
            something none of them had done in years: they invoked it.

            The resolution they adopted asks governments to act "to counter the threat that the \
            regime poses to the peace of the hemisphere".\
            """);
    assertEquals(Speaker.UNKNOWN_NAME, quote(a, "to counter the threat").speaker().name());
  }

  @Test
  void aChargeDAffairesIsARoleAndAFirstNameMayFollowARelativeClause() {
    ArticleAnalysis a =
        analyze(
            """
            Diplomats loyal to Nicolás Maduro said they had been forced out of their offices.

            Maduro's chargé d'affaires, Freddy Meregote, who still holds diplomatic status, gave a very \
            different account. "They entered at four in the morning like thieves," the chargé \
            d'affaires said.

            A woman who runs a small grocery in Catia, who gave only her first name, Yusmary, said \
            prices had risen again. "Every time they sanction, we pay," she said.\
            """);
    assertSpeaker("Freddy Meregote", "adjacent-after", quote(a, "They entered at four"));
    assertEquals("Yusmary", quote(a, "Every time they sanction").speaker().name());
  }

  @Test
  void theTranslatedCopyRulesKeepTheirLimits() {
    ArticleAnalysis a =
        analyze(
            """
            For Guaidó, Maduro, in power since 2013, is "a usurper who stole the presidency from \
            the people".

            "We will not stand by while the regime starves its people," said US officials.\
            """);
    assertEquals("Juan Guaidó", quote(a, "a usurper who").speaker().name());
    assertNotEquals("officials", quote(a, "We will not stand by").speaker().name());
  }

  @Test
  void aReportThatIsItsSentencesSubjectNamesNoAuthorButItsParticiplesAgent() {
    ArticleAnalysis a =
        analyze(
            """
            GENEVA — Security forces in Venezuela have carried out hundreds of raids on poor \
            districts this year, investigators say.

            The report, released on Tuesday by the Inter-American Commission on Human Rights, \
            said that the National Guard took part in most of the raids.

            "Most of these operations left no written record of who gave the order," the report said.

            The report, published in Geneva on Wednesday, is the most detailed account yet of abuses \
            under President Nicolás Maduro. Based on 400 interviews with witnesses, most of them held \
            outside the country, it says the government's own figures recorded 5,100 killings in 2018.

            The report calls on the authorities to "close the unit and open an independent inquiry".

            A second report, issued on Friday by Human Rights Watch, says the raids "follow a \
            pattern".

            "We will keep counting," said the Inter-American Commission on Human Rights.

            The Inter-American Commission on Human Rights said military trials of civilians "violate \
            due process".\
            """);
    assertSpeaker("Inter-American Commission on Human Rights", "adjacent-after:document",
        quote(a, "Most of these operations"));
    assertSpeaker("Inter-American Commission on Human Rights", "verb-before:document", quote(a, "close the unit"));
    assertSpeaker("Human Rights Watch", "verb-before:document", quote(a, "follow a pattern"));
    assertSpeaker("Inter-American Commission on Human Rights", "adjacent-after:name",
        quote(a, "We will keep counting"));
    assertSpeaker("Inter-American Commission on Human Rights", "verb-before:name", quote(a, "violate due process"));
  }

  @Test
  void aPullQuoteAloneOnItsLineIsAQuoteOfWhoeverSaysItInTheBody() {
    ArticleAnalysis a =
        analyze(
            """
            Venezuelans in Perth watch the scandal from afar

            Community leaders met on Saturday to discuss the allegations.

            ‘Every cent accounted for’

            “Every cent accounted for, that is what we promised the donors,” said Natalia Ferreira, \
            who runs the association's aid drive.

            The association will publish its accounts next month, she said.\
            """);
    assertSpeaker("Natalia Ferreira", "pull-quote-echo", quote(a, "Every cent accounted for"));
  }

  @Test
  void aQuoteInATitleCaseHeadlineIsAQuoteButAnEpisodeTitleIsNot() {
    ArticleAnalysis a =
        analyze(
            """
            Caracas Calls Treaty Vote ‘a Dangerous Precedent,’ Warns of Escalation

            “What the ministers approved in New York is a dangerous precedent for the region,” \
            Foreign Minister Jorge Arreaza told reporters on Monday.\
            """);
    Quote q = a.quotes().get(0);
    assertEquals("a Dangerous Precedent,", q.text());
    assertSpeaker("Jorge Arreaza", "headline-echo", q);

    ArticleAnalysis b =
        analyze(
            """
            The Border Hour, Episode 12: "Bridges and Barricades"

            On this week's show, two reporters describe the crossings at Cúcuta.\
            """);
    assertTrue(b.quotes().isEmpty(), b.quotes().toString());
  }

  @Test
  void aPronounOpeningASubordinateClauseStandsForTheNameAfterTheComma() {
    ArticleAnalysis a =
        analyze(
            """
            An exiled teacher rebuilds a classroom in Lima

            Marisol Quintero teaches maths to forty Venezuelan children in a church hall in San Juan \
            de Lurigancho.

            Her daughter Valentina, who is twelve, sits in the front row.

            When she locks the hall at six, Quintero sweeps the floor herself.

            “The children ask me every day when they will go home,” she says.\
            """);
    assertSpeaker("Marisol Quintero", "adjacent-after:pronoun", quote(a, "The children ask me"));
  }

  @Test
  void aQuoteAfterTheWriterAskedSomeoneAQuestionIsTheirAnswer() {
    ArticleAnalysis a =
        analyze(
            """
            A night shift in San Fernando

            Rosalba Medina, 41, left Barquisimeto in April with two suitcases. She now works nights \
            at a care home in San Fernando.

            We asked her why she chose Trinidad.

            “My cousin was already here, and the boats leave Güiria every week. It was the only door \
            still open to us.”

            Reporters later asked Foreign Minister Jorge Arreaza whether the boats would be stopped.

            “Nobody is stopping Venezuelans from travelling. They are free to come home.”\
            """);
    assertSpeaker("Rosalba Medina", "asked-before:pronoun", quote(a, "My cousin was already here"));
    assertSpeaker("Jorge Arreaza", "asked-before:name", quote(a, "Nobody is stopping Venezuelans"));
  }

  @Test
  void theWordsCameFromNamesTheSpeakerOfTheQuoteBefore() {
    ArticleAnalysis a =
        analyze(
            """
            Catia waits for the water trucks

            “We have carried water up these stairs for a week. Nobody comes.” The words came from \
            Luisa Arévalo, who leads the residents' committee on her block.\
            """);
    assertSpeaker("Luisa Arévalo", "reply-from:name", quote(a, "We have carried water"));
  }

  @Test
  void aQuestionPutToTheSpeakerBeforeTheCommaHoldsNoSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Think tank panel weighs the Barbados talks

            Rafael Echenique said the opposition had been right to walk out. “Nobody negotiates with a \
            gun to their head,” he said.

            Asked by the moderator whether Norway would try again, Dalgaard said he could not speak for \
            any government. “The door is not locked,” he said.\
            """);
    assertSpeaker("Dalgaard", "adjacent-after:pronoun", quote(a, "The door is not locked"));
  }

  @Test
  void aVideoPostedOnlineIsWhereTheSpeakerSpokeNotWhoSpoke() {
    ArticleAnalysis a =
        analyze(
            """
            Opposition leader appears at air base

            The government said in a statement that the streets of the capital were calm.

            Opposition leader Juan Guaidó said in a video posted online that “the final phase” of his \
            campaign had begun.

            Pink Floyd co-founder Roger Waters said in a short video posted on Twitter that the border \
            concert was “a show for invasion dressed up as charity”.\
            """);
    assertSpeaker("Juan Guaidó", "verb-before:name", quote(a, "the final phase"));
    assertSpeaker("Roger Waters", "verb-before:name", quote(a, "a show for invasion"));
  }

  @Test
  void aFirstNameBetweenCommasBeforeTheVerbIsWhomALaterPronounMeans() {
    ArticleAnalysis a =
        analyze(
            """
            Soldiers cross the bridge at dawn

            By Sunday, 40 members of the security forces had asked for protection. “They are safe \
            and being processed,” the migration director, Christian Krüger, told reporters.

            One of them, a 24-year-old corporal who gave only his first name, Yorbis, said he had \
            left his helmet on the bridge. “I did not sign up to shoot at people carrying food,” he \
            said.\
            """);
    assertSpeaker("Yorbis", "adjacent-after:pronoun", quote(a, "I did not sign up"));
  }

  @Test
  void aRelativeClauseInsideAnOpeningPhraseDoesNotHideTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            The soup kitchen that never closed

            At the parish hall in La Parada, where volunteers serve about 3,000 lunches a day, Father \
            Ramiro Castellanos was unloading sacks of lentils.

            “Bridges open and bridges close, but people still have to eat,” the priest said.\
            """);
    assertSpeaker("Ramiro Castellanos", "adjacent-after:role", quote(a, "Bridges open and bridges close"));
  }

  @Test
  void aSourceWhoAskedToBeIdentifiedOnlyByAFirstNameIsThatName() {
    ArticleAnalysis a =
        analyze(
            """
            Teachers wait at the border post

            Near the gate, a man in a faded cap, who asked to be identified only as Ángel, said he had \
            taught chemistry in Puerto Ordaz until March.

            “A teacher earns less than a bag of rice now,” he said.\
            """);
    assertSpeaker("Ángel", "adjacent-after:given-name", quote(a, "A teacher earns less"));
  }

  @Test
  void anAnonymousRepresentativeOfANamedLeadersTeamStaysUnnamed() {
    ArticleAnalysis a =
        analyze(
            """
            Delegation asks Chile to accept expired passports

            A representative of opposition leader Juan Guaidó's delegation in Santiago, who spoke on \
            condition of anonymity because he was not authorised to comment, said the request had \
            been sent in writing.

            "A Venezuelan without a passport is a victim, not a threat," he said.\
            """);
    Quote q = quote(a, "A Venezuelan without a passport");
    assertEquals("UNKNOWN", q.speaker().name(), q.speaker().method());
  }

  @Test
  void theMembersOfARegisteredBodySpeakAsThatBody() {
    ArticleAnalysis a =
        analyze(
            """
            Caribbean leaders urge restraint

            Prime Minister Keith Rowley spoke to reporters in Port of Spain on Monday.

            CARICOM heads of government, in a statement issued after a video call, urged "all sides \
            to step back from the brink".

            Lima Group foreign ministers said in Bogotá that "the usurpation must end".\
            """);
    assertSpeaker("CARICOM", "verb-before:name", quote(a, "all sides to step back"));
    assertSpeaker("Lima Group", "verb-before:name", quote(a, "the usurpation must end"));
  }

  @Test
  void aDescribedNameAfterARolesCommaIsTheRolesHolder() {
    ArticleAnalysis a =
        analyze(
            """
            Flyers in La Romaine defend Caracas

            Members of a solidarity committee handed out flyers outside the market on Sunday.

            "First they starve a country with sanctions, then they call it a crisis," said the \
            committee's chairman, retired welder Anand Ramsaroop.\
            """);
    assertSpeaker("Anand Ramsaroop", "adjacent-after:name", quote(a, "First they starve a country"));
  }

  @Test
  void thatIsTheLineXRepeatsNamesTheSpeakerOfTheQuoteBefore() {
    ArticleAnalysis a =
        analyze(
            """
            A counter on Roosevelt Avenue

            "Empanadas have no party." That is the line Gladys Ocando, 58, repeats to every customer \
            who brings up politics at her counter.\
            """);
    assertSpeaker("Gladys Ocando", "how-after:name", quote(a, "Empanadas have no party"));
  }

  @Test
  void aPersonWhoseWarningAMinistryReportsSpeaksTheQuote() {
    ArticleAnalysis a =
        analyze(
            """
            Moscow and Washington trade warnings

            The Russian Foreign Ministry said after the call that Sergei Lavrov had warned against \
            "any reckless steps" by Washington.

            The Venezuelan Foreign Ministry said on Wednesday that Daniel Kriener had been declared \
            persona non grata for his "open meddling in internal affairs".\
            """);
    assertSpeaker("Sergei Lavrov", "verb-before:name", quote(a, "any reckless steps"));
    assertSpeaker("Venezuelan Foreign Ministry", "verb-before", quote(a, "open meddling"));
  }

  @Test
  void aQuestionSetOffByCommasLeavesTheColonToTheSubject() {
    ArticleAnalysis a =
        analyze(
            """
            Washington keeps its distance from the talks

            The special envoy Elliott Abrams, asked about the Montevideo meeting, was dismissive: \
            «Talking is what Maduro does while his police arrest people.»\
            """);
    assertSpeaker("Elliott Abrams", "colon", quote(a, "Talking is what Maduro does"));
  }

  @Test
  void aDeclarationReadSomewhereOrOwnedByItsIssuerIsTheIssuers() {
    ArticleAnalysis a =
        analyze(
            """
            Left-wing parties rally behind Caracas

            Delegates from 40 countries gathered in the capital for three days.

            The final declaration, read in the Teresa Carreño Theatre, condemns the “criminal \
            blockade” of the country.

            The Sao Paulo Forum closed its annual meeting in Caracas on Sunday. Its final declaration \
            also rejects “any foreign interference” in the region.\
            """);
    assertEquals("verb-before:document", quote(a, "criminal blockade").speaker().method());
    assertSpeaker("São Paulo Forum", "verb-before:document", quote(a, "any foreign interference"));
  }

  @Test
  void theSubjectOfASecondClauseAfterCommaAndIsWhomALaterPronounMeans() {
    ArticleAnalysis a =
        analyze(
            """
            Cardiff vigil for Venezuela

            About forty people lit candles outside the Senedd on Saturday in support of Juan Guaidó.

            The group plans to meet again next month, and Gustavo said they had written to every \
            Welsh MP asking them to back Mr Guaidó.

            ‘We are not asking for soldiers. We are asking people to call it a dictatorship,’ he said.\
            """);
    assertSpeaker("Gustavo", "adjacent-after:pronoun", quote(a, "We are not asking for soldiers"));
  }

  @Test
  void aCountrysDelegationSpeaksForTheCountry() {
    ArticleAnalysis a =
        analyze(
            """
            Rio Treaty states vote on sanctions

            Foreign ministers met in New York on Monday.

            "Uruguay does not accept the use of force in the region," the Uruguayan delegation said.

            Mexico's delegation said the treaty "was never meant for this".\
            """);
    assertSpeaker("Uruguay", "adjacent-after:role", quote(a, "Uruguay does not accept"));
    assertSpeaker("Mexico", "verb-before:role", quote(a, "was never meant for this"));
  }

  @Test
  void anObjectPronounIsNeverTheOneWhoAsked() {
    ArticleAnalysis a =
        analyze(
            """
            Rights chief hears families in Caracas

            Michelle Bachelet met the lawyer Rocío Maldonado on Thursday.

            Bachelet asked her about the detentions.

            "We were never told why they were taken."\
            """);
    Quote q = quote(a, "We were never told why");
    assertFalse(q.speaker().method().startsWith("asked-before"), q.speaker().toString());
  }

  @Test
  void aTitledNameAfterACountrysPossessiveIsTheAppositivesName() {
    ArticleAnalysis a =
        analyze(
            """
            Council vote fails

            The council's president for March, South Africa's Ambassador Jerry Matjila, said \
            after the vote: "We could not agree today, but the door stays open."\
            """);
    assertSpeaker("Jerry Matjila", "verb-before:name", quote(a, "We could not agree today"));
  }

  @Test
  void aSpokesmanForAnOfficeInACityIsTheUnnamedSpokesmanNotTheCity() {
    ArticleAnalysis a =
        analyze(
            """
            Asset freeze draws concern

            A spokeswoman for the UN refugee agency in Panama City said the agency was "watching \
            the border crossings closely."\
            """);
    Speaker s = quote(a, "watching the border crossings").speaker();
    assertEquals(Speaker.UNKNOWN_NAME, s.name(), s.toString());
    assertTrue(s.method().endsWith("spokesperson"), s.toString());
  }

  @Test
  void anEnvoyToABodyIsTheEnvoyNotTheBody() {
    ArticleAnalysis a =
        analyze(
            """
            Vote at the OAS

            Mexico's envoy to the OAS told the council that his country would "never vote for a \
            text that opens the door to force."

            US envoy to the OAS Carlos Trujillo said the resolution gave members "real tools."\
            """);
    Speaker envoy = quote(a, "never vote for a text").speaker();
    assertNotEquals("Organization of American States", envoy.name(), envoy.toString());
    assertSpeaker("Carlos Trujillo", "verb-before:name", quote(a, "real tools"));
  }
}
