package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.SpellingKey;

/**
 * Entity resolution. {@link #resolve(List)} works across a corpus (see below); {@link #resolveWithinArticle} is the
 * first cut inside one article, run by {@link NerStage}.
 *
 * <p>Across articles, person mentions are clustered by {@link PersonClusters}; each cluster's canonical is its
 * longest name (the most frequent spelling on ties), or an English name when a lexicon gives one. A mention keeps
 * its office; one without a role, or with only a courtesy title (sheikh), takes the person's most frequent office. Organisations, places and other entities whose canonicals
 * meet under {@link SpellingKey} share the most frequent of them.
 *
 * <p>Within an article: Each entity gets a canonical name:
 * <ul>
 *   <li>an organisation (or any entity) listed in {@code organisation-aliases.tsv} → its canonical name
 *       (داعش = تنظيم الدولة = Islamic State);
 *   <li>a country (CLDR Arabic name) → its English name;
 *   <li>a person whose name's words, under {@link SpellingKey}, run inside a longer person name of the same article
 *       (بلينكن in أنتوني بلينكن; بن فرحان in فيصل بن فرحان) → the longest such name's canonical; honorifics
 *       (الشيخ، الأمير) are not part of a name, and عبد الرحمن is written عبدالرحمن;
 *   <li>otherwise its own normalised text.
 * </ul>
 * A person without a role takes the role of the longer mention it links to. Pure.
 */
public final class EntityResolver {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  /** Any run of spaces, no-break spaces included (outlets write لويجي\u00A0دي مايو). */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Z}]+");
  private static final Map<String, String> ALIASES = ExtractLexicons.map("organisation-aliases.tsv");
  /** Names that only a kept diacritic tells apart (عمّان, the city, from عمان, the country), keyed as written. */
  private static final Map<String, String> WRITTEN = writtenNames();

  private static Map<String, String> writtenNames() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : ExtractLexicons.rows("written-names.tsv", EntityResolver::keepShadda)) m.put(r[0], r[1]);
    return Map.copyOf(m);
  }

  /** The text with every Arabic mark but shadda, and tatweel, removed. */
  static String keepShadda(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0651' || !((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640')) sb.append(c);
    }
    return sb.toString().strip();
  }
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of(
      "الشيخ", "الشيخة", "الامير", "الاميرة", "السيد", "السيدة", "الدكتور", "الدكتورة", "الملك", "الملكة", "السلطان", "الرئيس");

  private EntityResolver() {}

  /**
   * The articles with every entity's canonical shared across the corpus (one person, one canonical) and missing
   * person roles filled from the person's other mentions. Spans, texts and order of entities are unchanged. Pure.
   */
  public static List<Article> resolve(List<Article> articles) {
    MentionKeys keys = MentionKeys.of(articles);
    PersonClusters clusters = new PersonClusters();
    int[][] nameIds = new int[articles.size()][];
    String[][] names = new String[articles.size()][];
    for (int a = 0; a < articles.size(); a++) {
      List<Entity> es = articles.get(a).entities();
      nameIds[a] = new int[es.size()];
      names[a] = new String[es.size()];
      for (int i = 0; i < es.size(); i++) {
        Entity e = es.get(i);
        String name = e.type() == EntityType.PER ? keys.person(e.text()).personName() : "";
        // non-persons keep, in place of a name, the key under which their canonicals meet
        names[a][i] = !name.isEmpty() ? name : e.canonical() == null ? null : keys.otherKey(e);
        nameIds[a][i] = name.isEmpty() ? -1 : clusters.add(name);
      }
    }
    clusters.link();

    // each person mention's cluster, and per cluster its forms and roles
    int[][] person = new int[articles.size()][];
    Map<Integer, Cluster> byPerson = new HashMap<>();
    Map<String, Map<String, Integer>> otherCanonicals = new HashMap<>();
    for (int a = 0; a < articles.size(); a++) {
      List<Entity> es = articles.get(a).entities();
      Set<Integer> here = new HashSet<>();
      for (int id : nameIds[a]) if (id >= 0) here.add(id);
      person[a] = new int[es.size()];
      for (int i = 0; i < es.size(); i++) {
        Entity e = es.get(i);
        int id = nameIds[a][i];
        if (id < 0) {
          if (e.canonical() != null) otherCanonicals.computeIfAbsent(names[a][i], k -> new HashMap<>()).merge(e.canonical(), 1, Integer::sum);
          continue;
        }
        int p = clusters.person(id, here);
        person[a][i] = p;
        PersonForms forms = keys.person(e.text());
        byPerson.computeIfAbsent(p, k -> new Cluster()).add(forms.writtenName(), clusters.length(id), forms.lookup(), e.role());
      }
    }
    Map<String, String> otherShared = new HashMap<>();
    otherCanonicals.forEach((k, counts) -> otherShared.put(k, mostFrequent(counts)));

    List<Article> out = new ArrayList<>(articles.size());
    for (int a = 0; a < articles.size(); a++) {
      List<Entity> es = articles.get(a).entities();
      List<Entity> resolved = new ArrayList<>(es.size());
      for (int i = 0; i < es.size(); i++) {
        Entity e = es.get(i);
        if (nameIds[a][i] < 0) {
          String c = e.canonical() == null ? null : otherShared.get(names[a][i]);
          resolved.add(c == null || c.equals(e.canonical()) ? e : new Entity(e.type(), e.span(), e.text(), c, e.role()));
          continue;
        }
        Cluster c = byPerson.get(person[a][i]);
        // a courtesy title (الشيخ) is no office: the person's office, named elsewhere, says more
        String role = Roles.isOffice(e.role()) ? e.role() : c.office() != null ? c.office() : e.role() != null ? e.role() : c.role();
        resolved.add(new Entity(e.type(), e.span(), e.text(), c.canonical(), role));
      }
      out.add(articles.get(a).withEntities(resolved));
    }
    return out;
  }

  /** What {@link #resolve} reads of a person mention's text: its name, its name as written, its lexicon name. */
  private record PersonForms(String personName, String writtenName, String lookup) {
    static PersonForms of(String text) {
      String name = EntityResolver.personName(text);
      // only a mention with a name joins a cluster and needs the other two
      return name.isEmpty() ? new PersonForms(name, null, null)
          : new PersonForms(name, EntityResolver.writtenName(text), EntityResolver.lookup(text));
    }
  }

  /**
   * Each distinct person text's forms and each distinct canonical's spelling key, computed once and on all cores:
   * the same names recur across thousands of articles, and each form costs a normalisation and regex splits.
   */
  private record MentionKeys(Map<String, PersonForms> persons, Map<String, String> spellingKeys) {
    static MentionKeys of(List<Article> articles) {
      MentionKeys keys = new MentionKeys(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
      articles.parallelStream().forEach(a -> {
        for (Entity e : a.entities()) {
          if (e.type() == EntityType.PER) keys.persons.computeIfAbsent(e.text(), PersonForms::of);
          if (e.canonical() != null) keys.spellingKeys.computeIfAbsent(e.canonical(), SpellingKey::of);
        }
      });
      return keys;
    }

    PersonForms person(String text) {
      return persons.get(text);
    }

    String otherKey(Entity e) {
      return e.type().name() + ' ' + spellingKeys.get(e.canonical());
    }
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    int n = -1;
    for (var en : counts.entrySet()) {
      int c = en.getValue();
      String k = en.getKey();
      if (c > n || (c == n && (k.length() > best.length() || (k.length() == best.length() && k.compareTo(best) < 0)))) {
        best = k;
        n = c;
      }
    }
    return best;
  }

  /** The forms and roles of one person's mentions. */
  private static final class Cluster {
    private final Map<String, Integer> longestForms = new HashMap<>();
    private int longest = -1;
    private final Map<String, Integer> english = new HashMap<>();
    private final Map<String, Integer> roles = new HashMap<>();
    private final Map<String, Integer> offices = new HashMap<>();
    private String canonical;
    private String role;
    private String office;
    private boolean done;

    void add(String form, int length, String lexiconName, String role) {
      if (length > longest) {
        longest = length;
        longestForms.clear();
      }
      if (length == longest) longestForms.merge(form, 1, Integer::sum);
      if (lexiconName != null) english.merge(lexiconName, 1, Integer::sum);
      if (role != null) roles.merge(role, 1, Integer::sum);
      if (Roles.isOffice(role)) offices.merge(role, 1, Integer::sum);
    }

    String canonical() {
      settle();
      return canonical;
    }

    /** The most frequent role of the person's mentions, courtesy titles included; null when none has one. */
    String role() {
      settle();
      return role;
    }

    /** The most frequent office among the person's roles, or null. */
    String office() {
      settle();
      return office;
    }

    private void settle() {
      if (done) return;
      canonical = english.isEmpty() ? mostFrequent(longestForms) : mostFrequent(english);
      role = roles.isEmpty() ? null : mostFrequent(roles);
      office = offices.isEmpty() ? null : mostFrequent(offices);
      done = true;
    }
  }

  static List<Entity> resolveWithinArticle(List<Entity> entities) {
    int n = entities.size();
    String[] names = new String[n];
    String[][] keys = new String[n][];
    for (int i = 0; i < n; i++) {
      names[i] = personName(entities.get(i).text());
      keys[i] = names[i].isEmpty() ? new String[0] : SpellingKey.of(names[i]).split(" ");
    }
    List<Entity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      String canonical = lookup(e.text());
      String role = e.role();
      if (canonical == null && e.type() == EntityType.PER) {
        int best = i;
        for (int j = 0; j < n; j++) {
          if (j == i || entities.get(j).type() != EntityType.PER || keys[j].length <= keys[best].length) continue;
          if (!linkable(keys[j], keys[i])) continue;
          String ri = e.role(), rj = entities.get(j).role();
          if (ri != null && rj != null && !ri.equals(rj)) continue; // الملك عبدالله is not the sheikh named … بن عبدالله
          best = j;
        }
        canonical = names[best];
        if (role == null && best != i) role = entities.get(best).role();
      }
      if (canonical == null) canonical = names[i].isEmpty() ? NORMALIZER.normalizeToString(e.text()) : names[i];
      out.add(new Entity(e.type(), e.span(), e.text(), canonical, role));
    }
    return out;
  }

  /** Alias or country canonical of an entity text, or null. */
  static String lookup(String text) {
    String written = WRITTEN.get(keepShadda(text));
    if (written != null) return written;
    String norm = WORD_BREAK.matcher(NORMALIZER.normalizeToString(text)).replaceAll(" ").strip();
    String c = ALIASES.get(norm);
    if (c == null) c = Roles.COUNTRIES.get(norm);
    if (c == null && norm.startsWith("ال")) c = ALIASES.get(norm.substring(2));
    if (c == null && !norm.startsWith("ال")) c = ALIASES.get("ال" + norm);
    return c;
  }

  /** Normalised name without leading honorifics, عبد + الX joined (عبد الرحمن → عبدالرحمن). */
  /**
   * The person's name as a source writes it (hamza, ى and spacing kept; marks, tatweel and invisible controls
   * dropped), without leading honorifics: what a reader should see as the canonical. Falls back to
   * {@link #personName} when the written and normalised words do not line up.
   */
  static String writtenName(String text) {
    StringBuilder light = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
      boolean control = (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
      if (!mark && !control) light.append(c);
    }
    String[] written = WORD_BREAK.split(WORD_BREAK.matcher(light).replaceAll(" ").strip());
    String[] words = WORD_BREAK.split(WORD_BREAK.matcher(NORMALIZER.normalizeToString(text)).replaceAll(" ").strip());
    if (written.length != words.length) return personName(text);
    int i = 0;
    while (i < words.length - 1 && HONORIFICS.contains(words[i])) i++;
    StringBuilder sb = new StringBuilder();
    for (; i < written.length; i++) {
      if (written[i].isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(written[i]);
    }
    return sb.toString();
  }

  static String personName(String text) {
    String[] words = WORD_BREAK.split(WORD_BREAK.matcher(NORMALIZER.normalizeToString(text)).replaceAll(" ").strip());
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < words.length - 1 && HONORIFICS.contains(words[i])) i++;
    for (; i < words.length; i++) {
      if (words[i].isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(words[i]);
      if (words[i].equals("عبد") && i + 1 < words.length && words[i + 1].startsWith("ال")) sb.append(words[++i]);
    }
    return sb.toString();
  }

  /**
   * A short form links to a longer name when its words run inside it; a single word only as the last word (a
   * family name: بلينكن in أنتوني بلينكن), since a lone given name (محمد، عبدالله) is shared by many.
   */
  static boolean linkable(String[] longer, String[] shorter) {
    if (shorter.length == 1) return longer.length > 1 && longer[longer.length - 1].equals(shorter[0]);
    return containsRun(longer, shorter);
  }

  /** True when {@code inner} occurs as a contiguous run of words in {@code outer}. */
  static boolean containsRun(String[] outer, String[] inner) {
    if (inner.length == 0 || inner.length > outer.length) return false;
    for (int s = 0; s + inner.length <= outer.length; s++) {
      boolean all = true;
      for (int t = 0; t < inner.length && all; t++) all = outer[s + t].equals(inner[t]);
      if (all) return true;
    }
    return false;
  }
}
