package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analysed terms and their ids, shared by the texts analysed into it, so that a text analysed once can feed several
 * TF-IDF batches ({@link TfIdfVectors#of(java.util.List, TermVocabulary)}). Not thread-safe.
 */
final class TermVocabulary {
  /** A text's distinct term ids in the order of their first occurrence, with how often each occurs. */
  record TermCounts(int[] terms, int[] counts) {}

  private final CharArrayMap<Integer> ids = new CharArrayMap<>(1 << 14, false);
  private String[] words = new String[1 << 14];
  private int size;
  // Per term: the text (stamp) that last saw it and its slot in that text's counts, so counting needs no sort.
  private int[] stamp = new int[1 << 14];
  private int[] slot = new int[1 << 14];
  private int texts;
  private int[] scratchTerms = new int[256];
  private int[] scratchCounts = new int[256];

  int size() {
    return size;
  }

  String word(int id) {
    return words[id];
  }

  /** Analyses {@code text} with {@code analyzer}, dropping terms in {@code ignored}. */
  TermCounts analyse(String text, Analyzer analyzer, CharArraySet ignored) {
    int current = ++texts;
    int u = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        char[] buf = term.buffer();
        int tl = term.length();
        if (tl == 0 || ignored.contains(buf, 0, tl)) continue;
        int id = idOf(buf, tl);
        if (stamp[id] == current) {
          scratchCounts[slot[id]]++;
          continue;
        }
        stamp[id] = current;
        if (u == scratchTerms.length) {
          scratchTerms = Arrays.copyOf(scratchTerms, u * 2);
          scratchCounts = Arrays.copyOf(scratchCounts, u * 2);
        }
        slot[id] = u;
        scratchTerms[u] = id;
        scratchCounts[u++] = 1;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    return new TermCounts(Arrays.copyOf(scratchTerms, u), Arrays.copyOf(scratchCounts, u));
  }

  /** Analysed term → id of its spelling key, so each term is keyed once. */
  private final CharArrayMap<Integer> keyed = new CharArrayMap<>(1 << 14, false);

  /**
   * The id of a term's key ({@link TermKeys}): outlets write one word apart (كيماوي / كيميائي, ترامب / ترمب,
   * أميركي / أمريكي), and their reports of one happening should meet on it.
   */
  private int idOf(char[] buf, int len) {
    Integer id = keyed.get(buf, 0, len);
    if (id != null) return id;
    char[] k = TermKeys.of(new String(buf, 0, len)).toCharArray();
    id = keyId(k, k.length);
    keyed.put(Arrays.copyOf(buf, len), id);
    return id;
  }

  private int keyId(char[] buf, int len) {
    Integer id = ids.get(buf, 0, len);
    if (id != null) return id;
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      stamp = Arrays.copyOf(stamp, size * 2);
      slot = Arrays.copyOf(slot, size * 2);
    }
    ids.put(Arrays.copyOf(buf, len), size);
    words[size] = new String(buf, 0, len);
    return size++;
  }
}
