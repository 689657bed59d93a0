package org.marsad.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.Normalizer;

/**
 * marsad's Arabic analysis chain: {@link MarsadArabicTokenizer} → lower case → {@link MarsadArabicNormalizationFilter}
 * → {@link MarsadCliticSplitFilter} → optional Lucene {@link ArabicStemFilter} (for search recall; never for names).
 */
public final class MarsadArabicAnalyzer extends Analyzer {
  private final boolean stem;
  private final boolean keepClitics;
  private final Normalizer normalizer;
  private final CliticSegmenter segmenter;

  /** Stems off, clitics dropped: the form used to match names. */
  public MarsadArabicAnalyzer() {
    this(false);
  }

  public MarsadArabicAnalyzer(boolean stem) {
    this(stem, false);
  }

  public MarsadArabicAnalyzer(boolean stem, boolean keepClitics) {
    this.stem = stem;
    this.keepClitics = keepClitics;
    this.normalizer = Normalizer.standard();
    this.segmenter = CliticSegmenter.standard();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    MarsadArabicTokenizer source = new MarsadArabicTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    ts = new MarsadArabicNormalizationFilter(ts, normalizer);
    ts = new MarsadCliticSplitFilter(ts, segmenter, keepClitics);
    if (stem) ts = new ArabicStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new MarsadArabicNormalizationFilter(new LowerCaseFilter(in), normalizer);
  }
}
