package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.SpellingKey;

/**
 * Within-article entity resolution, a first cut. Each entity gets a canonical name:
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
final class EntityResolver {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final Map<String, String> ALIASES = ExtractLexicons.map("organisation-aliases.tsv");
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of(
      "الشيخ", "الشيخة", "الامير", "الاميرة", "السيد", "السيدة", "الدكتور", "الدكتورة", "الملك", "الملكة", "السلطان", "الرئيس");

  private EntityResolver() {}

  static List<Entity> resolve(List<Entity> entities) {
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
    String norm = NORMALIZER.normalizeToString(text).strip().replaceAll("\\s+", " ");
    String c = ALIASES.get(norm);
    if (c == null) c = Roles.COUNTRIES.get(norm);
    if (c == null && norm.startsWith("ال")) c = ALIASES.get(norm.substring(2));
    if (c == null && !norm.startsWith("ال")) c = ALIASES.get("ال" + norm);
    return c;
  }

  /** Normalised name without leading honorifics, عبد + الX joined (عبد الرحمن → عبدالرحمن). */
  static String personName(String text) {
    String[] words = NORMALIZER.normalizeToString(text).strip().split("\\s+");
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
