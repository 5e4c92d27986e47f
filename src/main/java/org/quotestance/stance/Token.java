package org.quotestance.stance;

/**
 * One token of plain text: a word (letters and digits, with a clitic such as {@code 's} or {@code
 * n't} split off) or one punctuation mark.
 *
 * @param text the characters as written
 * @param folded {@code text} accent-folded and lower-cased (see {@link
 *     org.quotestance.internal.Fold})
 * @param begin offset of the first character in the article
 * @param end offset one past the last character in the article
 * @param word whether this is a word rather than punctuation
 * @param clause number of the clause the token is in; a clause ends at {@code , ; : . ! ?}, dashes,
 *     brackets and before {@code but}
 */
record Token(String text, String folded, int begin, int end, boolean word, int clause) {}
