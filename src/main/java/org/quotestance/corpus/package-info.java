/**
 * Reading the input corpus: listing article files under the folders the user names and loading each
 * file (plain text, HTML, JSON, JSON Lines) into {@link org.quotestance.model.Article}s with their
 * metadata and site furniture. Start from {@link org.quotestance.corpus.Corpus}; the
 * package-private classes here are not API.
 */
package org.quotestance.corpus;
