/**
 * The Arabic text layer as pure algorithms over {@code String}/{@code char[]} (no Lucene here; adapters live in
 * {@code org.marsad.search}): {@link org.marsad.text.ar.Normalizer} with switchable
 * {@link org.marsad.text.ar.NormalizationRule}s and an {@link org.marsad.text.ar.OffsetMap} back to the original;
 * {@link org.marsad.text.ar.ArabicTokenizer}; {@link org.marsad.text.ar.CliticSegmenter};
 * {@link org.marsad.text.ar.SpellingKey}; {@link org.marsad.text.ar.ArabicNumbers};
 * {@link org.marsad.text.ar.CalendarLexicon}; {@link org.marsad.text.ar.TextAnalysis} ties them together.
 * Word lists are resources beside these classes, listed in {@link org.marsad.text.ar.Lexicons#RESOURCES}.
 */
package org.marsad.text.ar;
