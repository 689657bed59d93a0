/**
 * Statistical named-entity tagging for Arabic news. {@link org.marsad.stages.extract.ner.NerTagger} is the public
 * entry point (bundled model trained on NewsFANE gold, see {@code ner-model.NOTICE.md});
 * {@link org.marsad.stages.extract.ner.NerTrainer} retrains it, learning word classes from unlabelled news first.
 * Everything else is package-private: features (grouped by the one word they read, so that {@code WordScores} can
 * sum them once per word type), word classes, lexicons, the perceptron model, span-repair rules and the scorer.
 */
package org.marsad.stages.extract.ner;
