/**
 * Statistical named-entity tagging for Arabic news. {@link org.marsad.stages.extract.ner.NerTagger} is the public
 * entry point (bundled model trained on NewsFANE gold, see {@code ner-model.NOTICE.md});
 * {@link org.marsad.stages.extract.ner.NerTrainer} retrains it. Everything else is package-private: features,
 * lexicons, the perceptron model and the scorer.
 */
package org.marsad.stages.extract.ner;
