package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedPostsTest {
  private static List<EmbeddedPosts.Post> find(String text) {
    return EmbeddedPosts.find(text, Paragraphs.of(text));
  }

  @Test
  void paragraphEndingInPicTwitterLinkIsPost() {
    String post = "The first trucks of medicine reached Cucuta tonight. pic.twitter.com/Qx81LmZa";
    String text =
        "The minister posted a photo on Saturday.\n\n" + post + "\n\nThe bridge stayed closed.";
    List<EmbeddedPosts.Post> found = find(text);
    assertEquals(1, found.size());
    assertEquals(
        "The first trucks of medicine reached Cucuta tonight.", found.get(0).words().of(text));
    assertEquals(post, found.get(0).paragraph().of(text));
    assertEquals("", found.get(0).signedName());
    assertNull(found.get(0).signedSpan());
  }

  @Test
  void picLinkWithSchemeIsPost() {
    String text =
        "Aid is waiting at the border and it will get through. https://pic.twitter.com/Qx81LmZa";
    assertEquals(
        "Aid is waiting at the border and it will get through.",
        find(text).get(0).words().of(text));
  }

  @Test
  void signatureGivesTheAuthor() {
    String text =
        "The road out of this crisis runs through free elections. "
            + "\u2014 Ana Torres (@anatorres_vz) March 3, 2019";
    List<EmbeddedPosts.Post> found = find(text);
    assertEquals(1, found.size());
    EmbeddedPosts.Post post = found.get(0);
    assertEquals("The road out of this crisis runs through free elections.", post.words().of(text));
    assertEquals("Ana Torres", post.signedName());
    assertEquals("Ana Torres", post.signedSpan().of(text));
  }

  @Test
  void signatureAfterPicLinkCutsBoth() {
    String text =
        "Our volunteers are loading the warehouse in Cucuta. pic.twitter.com/Zz90Aa "
            + "\u2014 Red Cross Colombia (@CruzRojaCol) February 21, 2019";
    EmbeddedPosts.Post post = find(text).get(0);
    assertEquals("Our volunteers are loading the warehouse in Cucuta.", post.words().of(text));
    assertEquals("Red Cross Colombia", post.signedName());
  }

  @Test
  void ordinaryParagraphIsNoPost() {
    String text =
        "Guaido wrote on Twitter that the aid would enter on Saturday.\n\n"
            + "\"It will get through,\" he said on March 3, 2019.";
    assertTrue(find(text).isEmpty());
  }

  @Test
  void bareLinkIsNoPost() {
    assertTrue(find("pic.twitter.com/Qx81LmZa").isEmpty());
  }
}
