package org.marsad.stages.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ar.Normalizer;

/**
 * Roles announced by the words before a person's name: trigger phrases ({@code role-triggers.tsv}, Arabic →
 * English role), refined by a demonym or country name after the phrase ({@code وزير الخارجية القطري} → "Qatar foreign
 * minister"). Honorifics (الشيخ، الأمير) are a role only when nothing stronger stands before them.
 */
final class Roles {
  private static final Map<String, String> TRIGGERS = ExtractLexicons.map("role-triggers.tsv");
  private static final Map<String, String> DEMONYMS = ExtractLexicons.map("demonyms.tsv");
  /** Roles that are titles of rank: keep looking for an office before them. */
  private static final Set<String> HONORIFIC_ROLES = Set.of("sheikh", "sheikha", "prince", "princess", "-");
  private static final int MAX_TRIGGER_WORDS = maxWords();
  private static final int MAX_HOPS = 3;
  private static final int MAX_COUNTRY_WORDS = 3;
  static final String COUNTERPART = "counterpart";
  /** A country's own name for an office (United States + foreign minister → US Secretary of State). */
  private static final Map<String, String> COUNTRY_TITLES = countryTitles();
  private static final Set<String> OFFICES = Set.copyOf(TRIGGERS.values());
  private static final Map<String, String> OFFICE_OF_TITLE = officeOfTitle();

  private static Map<String, String> officeOfTitle() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("country-titles.tsv")) m.putIfAbsent(r[2], r[1]);
    return Map.copyOf(m);
  }

  /** Arabic country names (CLDR via the JDK), normalised, → English name. */
  static final Map<String, String> COUNTRIES = countries();

  private Roles() {}

  private static Map<String, String> countryTitles() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("country-titles.tsv")) m.put(r[0] + "\t" + r[1], r[2]);
    return Map.copyOf(m);
  }

  private static int maxWords() {
    int max = 1;
    for (String t : TRIGGERS.keySet()) max = Math.max(max, t.split(" ").length);
    return max;
  }

  private static Map<String, String> countries() {
    Map<String, String> m = new HashMap<>();
    Locale ar = Locale.forLanguageTag("ar");
    // XK (Kosovo) is a user-assigned code outside the ISO list, but CLDR names it
    List<String> codes = new java.util.ArrayList<>(List.of(Locale.getISOCountries()));
    codes.add("XK");
    for (String cc : codes) {
      Locale c = Locale.of("", cc);
      m.putIfAbsent(Normalizer.standard().normalizeToString(c.getDisplayCountry(ar)), c.getDisplayCountry(Locale.ENGLISH));
    }
    m.put("أمريكا", "United States");
    m.put("امريكا", "United States");
    m.put("واشنطن", "United States");
    return Map.copyOf(m);
  }

  /** Last words of trigger phrases, demonyms and country names: a role can end only on one of these. */
  private static final Set<String> ROLE_ENDS = roleEnds();

  private static Set<String> roleEnds() {
    java.util.HashSet<String> s = new java.util.HashSet<>(DEMONYMS.keySet());
    for (String t : TRIGGERS.keySet()) s.add(t.substring(t.lastIndexOf(' ') + 1));
    s.addAll(COUNTRIES.keySet());
    return Set.copyOf(s);
  }

  /** Cheap pre-check: false means no role can end on this normalised word. */
  static boolean mayEndRole(String normalisedWord) {
    return ROLE_ENDS.contains(normalisedWord) || ROLE_ENDS.contains(ParagraphTokens.stripProclitics(normalisedWord));
  }

  /** True for a role that names an office, not only a rank or courtesy title (الشيخ، السيد). */
  static boolean isOffice(String role) {
    return role != null && !HONORIFIC_ROLES.contains(role);
  }

  /** The country a demonym names, or null. */
  static String countryOfDemonym(String normalisedWord) {
    return DEMONYMS.get(normalisedWord);
  }

  /** The role announced by the tokens before token {@code first} of {@code p}, or null. */
  static String roleBefore(ParagraphTokens p, int first) {
    int k = first - 1;
    if (p.isPunct(k, '،') || p.isPunct(k, ',')) k--; // وزير الخارجية الأمريكي، أنتوني بلينكن
    String fallback = null;
    for (int hop = 0; hop < MAX_HOPS && k >= 0; hop++) {
      String country = null;
      int end = k;
      String demonym = DEMONYMS.get(p.norm(end));
      if (demonym != null && !TRIGGERS.containsKey(p.norm(end))) {
        country = demonym;
        end--;
      }
      int[] len = new int[1];
      String role = triggerEndingAt(p, end, len);
      if (role == null && end >= 1) {
        // وزير خارجية قطر، وزير خارجية الولايات المتحدة الأميركي: a country name after the trigger
        for (int n = Math.min(MAX_COUNTRY_WORDS, end); n >= 1 && role == null; n--) {
          StringBuilder rest = new StringBuilder();
          for (int t = end - n + 2; t <= end; t++) rest.append(' ').append(p.norm(t));
          // the word as written first: bare() strips a leading ل as a preposition, which is part of ليبيا، لبنان
          String c = COUNTRIES.get(p.norm(end - n + 1) + rest);
          if (c == null) c = COUNTRIES.get(p.bare(end - n + 1) + rest);
          if (c == null) continue;
          String r = triggerEndingAt(p, end - n, len);
          if (r != null) {
            country = country != null ? country : c;
            role = r;
            end -= n;
          }
        }
      }
      if (role == null) break;
      k = end - len[0];
      String full = role.equals("-") ? null : compose(country, role);
      if (!HONORIFIC_ROLES.contains(role)) return full;
      if (fallback == null) fallback = full;
    }
    return fallback;
  }

  /** "Qatar foreign minister", "US Secretary of State", or the office alone without a country. */
  static String compose(String country, String office) {
    if (country == null) return office;
    return COUNTRY_TITLES.getOrDefault(country + "\t" + office, country + " " + office);
  }

  /** For a "counterpart" role: the office of {@code otherRole} held in {@code country} (may be null). */
  static String counterpart(String otherRole, String country) {
    if (otherRole == null) return null;
    String office = OFFICE_OF_TITLE.get(otherRole);
    if (office == null) {
      for (String o : OFFICES) {
        if (otherRole.equals(o) || otherRole.endsWith(" " + o)) {
          if (office == null || o.length() > office.length()) office = o;
        }
      }
    }
    return office == null ? null : compose(country, office);
  }

  /** The country part of a composed "counterpart" role, or null. */
  static String counterpartCountry(String role) {
    if (role == null || !role.endsWith(COUNTERPART)) return null;
    String c = role.substring(0, role.length() - COUNTERPART.length()).strip();
    return c.isEmpty() ? null : c;
  }

  static boolean isCounterpart(String role) {
    return role != null && role.endsWith(COUNTERPART);
  }

  /** The longest trigger phrase whose last word is token {@code end}; its length goes to {@code len[0]}. */
  private static String triggerEndingAt(ParagraphTokens p, int end, int[] len) {
    for (int n = Math.min(MAX_TRIGGER_WORDS, end + 1); n >= 1; n--) {
      int from = end - n + 1;
      boolean words = true;
      StringBuilder sb = new StringBuilder();
      for (int t = from; t <= end; t++) {
        if (!p.isArabic(t)) {
          words = false;
          break;
        }
        if (sb.length() > 0) sb.append(' ');
        sb.append(t == from ? p.bare(t) : p.norm(t));
      }
      if (!words) continue;
      String role = TRIGGERS.get(sb.toString());
      if (role == null && !p.bare(from).equals(p.norm(from))) role = TRIGGERS.get(sb.toString().replaceFirst("^\\S+", p.norm(from)));
      if (role != null) {
        len[0] = n;
        return role;
      }
    }
    return null;
  }
}
