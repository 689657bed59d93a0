package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.Token;
import org.marsad.text.ar.TokenType;

/**
 * The countries a phrase names, by country name (CLDR, as {@link Roles} reads them) or demonym (العراقي، البريطانية):
 * "رئيس الوزراء العراقي" and "رئيس وزراء العراق" both name Iraq. Names of up to three words; a leading و ف ب ل ك is
 * read off. Countries come back as their English names, the same keys for both spellings.
 */
public final class CountryWords {
  private static final int MAX_WORDS = 3;

  private CountryWords() {}

  /** The countries named in {@code text}, in text order, each once. */
  public static Set<String> countriesIn(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) return out;
    List<String> words = new ArrayList<>();
    for (Token t : ArabicTokenizer.tokenize(text)) {
      if (t.type() == TokenType.ARABIC) words.add(Normalizer.standard().normalizeToString(t.text(text)));
      else words.add(""); // a break: names do not run across punctuation or Latin
    }
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isEmpty()) continue;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        String country = countryOf(words.subList(i, i + n));
        if (country != null) {
          out.add(country);
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /** True when the whole of {@code text} is a country's name (العراق، كوسوفو), not a demonym. */
  public static boolean isCountryName(String text) {
    return text != null && Roles.COUNTRIES.containsKey(Normalizer.standard().normalizeToString(text.strip()));
  }

  private static String countryOf(List<String> words) {
    StringBuilder rest = new StringBuilder();
    for (int k = 1; k < words.size(); k++) {
      if (words.get(k).isEmpty()) return null;
      rest.append(' ').append(words.get(k));
    }
    String first = words.get(0);
    for (String w : new String[] {first, ParagraphTokens.stripProclitics(first)}) {
      String name = Roles.COUNTRIES.get(w + rest);
      if (name != null) return name;
      if (words.size() == 1) {
        String demonym = Roles.countryOfDemonym(w);
        if (demonym == null && !w.startsWith("ال")) demonym = Roles.countryOfDemonym("ال" + w);
        if (demonym != null) return demonym;
      }
    }
    return null;
  }
}
