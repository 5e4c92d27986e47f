/**
 * Stance of a quotation in the domain's conflict (pro-Guaidó, pro-Maduro, neutral-procedural): a
 * transparent, calibrated classifier whose domain knowledge is data in a domain folder.
 *
 * <p>Start from {@link org.quotestance.stance.StanceModel#load} (needs a trained {@code
 * stance-model.json}) and {@link org.quotestance.stance.StanceModel#classify}; train with {@link
 * org.quotestance.stance.StanceTrainer#train}, which also reports cross-validated scores of the
 * model and of three baselines. Feature extraction uses a plain tokenizer of its own, not CoreNLP,
 * so training takes about a second and tests need no models.
 *
 * <p>Domain files read: {@code stance-lexicon.tsv} (cue, label, weight, frame), {@code
 * negators.txt}, {@code targets.tsv} (target side, pattern), {@code sentiment.tsv} (word, polarity,
 * weight), {@code frames.tsv}, the {@code camps} of {@code actors.json}, {@code stance-train.tsv}
 * (label, camp, kind, text, context with {@code {Q}}) and {@code stance-model.json}.
 */
package org.quotestance.stance;
