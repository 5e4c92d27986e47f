package org.quotestance.nlp;

/**
 * One sentence: its character range and its tokens' index range {@code [firstToken, endToken)}.
 *
 * @param index position in the text, from 0
 * @param begin offset of its first character
 * @param end offset one past its last character
 * @param firstToken index of its first token
 * @param endToken index one past its last token
 */
public record Sentence(int index, int begin, int end, int firstToken, int endToken) {}
