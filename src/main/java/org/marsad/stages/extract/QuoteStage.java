package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Problem;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.text.ar.TokenType;

/**
 * Reported speech with its speaker, precise rather than complete. A reporting verb ({@code speech-verbs.txt}, with
 * و/ف) is followed by its speaker (a PER/ORG entity, or a role phrase such as وزير الخارجية الأمريكي) or preceded
 * by a PER/ORG entity, then by an introducer: إن/أن (بأن، أنه …), a colon, or an opening quote mark. The quote's
 * span is the reported text: to the closing quote mark, or to the end of the sentence. A verb with no speaker of
 * its own (وأضاف أن) continues the previous speaker of the article; with none before it, nothing is reported.
 */
public final class QuoteStage implements Stage {
  private static final Set<String> VERBS = ExtractLexicons.words("speech-verbs.txt");
  private static final Set<String> THAT = Set.of("ان", "بان", "انه", "انها", "انهم", "اننا", "انني", "انهما", "فان", "وان");
  /** Words that may stand between the speaker and the introducer: في بيان، خلال مؤتمر صحفي، اليوم … */
  private static final int MAX_GAP = 8;
  private static final int MAX_ROLE_WORDS = 6;

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.BODY, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Article process(Article article, StageContext context) {
    List<Quote> out = new ArrayList<>();
    Article result = article;
    String[] lastSpeaker = new String[1];
    for (Span paragraph : article.body()) {
      try {
        find(ParagraphTokens.of(article.text(), paragraph), article.entities(), lastSpeaker, out);
      } catch (RuntimeException e) {
        result = result.withProblem(new Problem(name(), paragraph, "quotes skipped: " + e));
      }
    }
    return result.withQuotes(out);
  }

  private static void find(ParagraphTokens p, List<Entity> entities, String[] lastSpeaker, List<Quote> out) {
    for (int i = 0; i < p.size(); i++) {
      if (!p.isArabic(i) || !isVerb(p.norm(i))) continue;
      String speaker = null;
      int k = i + 1;
      Entity after = entityStartingIn(p, entities, i + 1, i + MAX_ROLE_WORDS + 1);
      if (after != null) {
        speaker = after.text();
        k = tokenAfter(p, after.span().end(), k);
      } else {
        Entity before = entityEndingAt(p, entities, i - 1);
        if (before != null) speaker = before.text();
      }
      int intro = introducer(p, k);
      if (speaker == null && intro < 0) {
        // قال وزير الخارجية الأمريكي إن …: a role phrase up to the introducer
        int j = k;
        while (j < p.size() && j - k < MAX_ROLE_WORDS && p.isArabic(j) && !THAT.contains(p.norm(j))) j++;
        if (j > k && j < p.size() && THAT.contains(p.norm(j)) && isRolePhrase(p, k, j)) {
          // الوزير السعودي: the person named earlier with that office, else the phrase itself
          Entity holder = holderOf(Roles.roleBefore(p, j), entities, p.start(i));
          speaker = holder != null ? holder.text() : p.span(k, j).of(p.text);
          intro = j;
        }
      } else if (intro < 0) {
        // في بيان، خلال مؤتمر صحفي: a few words before the introducer
        for (int j = k; j < p.size() && j - k <= MAX_GAP && intro < 0; j++) {
          if (p.type(j) == TokenType.PUNCT && !p.isPunct(j, '،') && !p.isPunct(j, ',') && !p.isPunct(j, ':')) break;
          if (p.isArabic(j) && THAT.contains(p.norm(j)) || p.isPunct(j, ':')) intro = j;
        }
      }
      if (intro < 0) continue;
      if (speaker == null) speaker = lastSpeaker[0];
      if (speaker == null) continue;
      Span content = content(p, intro);
      if (content == null) continue;
      out.add(new Quote(content, content.of(p.text), speaker));
      lastSpeaker[0] = speaker;
      i = p.tokenEndingAt(content.end() - p.base);
      if (i < 0) i = p.size();
    }
  }

  private static boolean isVerb(String norm) {
    if (VERBS.contains(norm)) return true;
    return norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && VERBS.contains(norm.substring(1));
  }

  /** Token index k if it introduces speech (إن/أن forms, a colon, an opening quote mark), else -1. */
  private static int introducer(ParagraphTokens p, int k) {
    if (k >= p.size()) return -1;
    if (p.isArabic(k) && THAT.contains(p.norm(k))) return k;
    if (p.isPunct(k, ':') || isOpenQuote(p, k)) return k;
    return -1;
  }

  private static boolean isOpenQuote(ParagraphTokens p, int k) {
    return p.isPunct(k, '"') || p.isPunct(k, '\u201C') || p.isPunct(k, '\u00AB');
  }

  /** The reported text after introducer token {@code intro}, or null when empty. */
  private static Span content(ParagraphTokens p, int intro) {
    int from = intro + 1;
    boolean quoted = isOpenQuote(p, intro);
    while (from < p.size() && p.isPunct(from, ':')) from++; // إن: «…»
    if (!quoted && from < p.size() && isOpenQuote(p, from)) {
      quoted = true;
      from++;
    }
    if (from >= p.size()) return null;
    int to = from;
    while (to < p.size()) {
      if (quoted && isCloseQuote(p, to)) break;
      if (!quoted && p.type(to) == TokenType.PUNCT && (p.isPunct(to, '.') || p.isPunct(to, '!') || p.isPunct(to, '?') || p.isPunct(to, '؟'))) break;
      to++;
    }
    if (to == from) return null;
    return p.span(from, to);
  }

  private static boolean isCloseQuote(ParagraphTokens p, int k) {
    return p.isPunct(k, '"') || p.isPunct(k, '\u201D') || p.isPunct(k, '\u00BB');
  }

  /** Tokens [from, to) end in a role trigger, perhaps with a demonym (وزير الخارجية الأمريكي). */
  private static boolean isRolePhrase(ParagraphTokens p, int from, int to) {
    return Roles.roleBefore(p, to) != null;
  }

  /** The last person before {@code before} whose role is {@code role} or names the same office more precisely. */
  private static Entity holderOf(String role, List<Entity> entities, int before) {
    if (role == null) return null;
    Entity found = null;
    for (Entity e : entities) {
      if (e.span().start() >= before) break;
      if (e.type() == EntityType.PER && e.role() != null && sameOffice(e.role(), role)) found = e;
    }
    return found;
  }

  /** "Saudi Arabia foreign minister" is held by whom "Saudi Arabia minister" refers to: same first and last word. */
  static boolean sameOffice(String precise, String general) {
    if (precise.equals(general)) return true;
    int a = general.indexOf(' ');
    if (a < 0) return false; // "minister" alone names no one in particular
    String first = general.substring(0, a), last = general.substring(general.lastIndexOf(' ') + 1);
    return precise.startsWith(first + " ") && precise.endsWith(" " + last);
  }

  private static Entity entityStartingIn(ParagraphTokens p, List<Entity> entities, int fromToken, int toToken) {
    if (fromToken >= p.size()) return null;
    int lo = p.start(fromToken), hi = p.end(Math.min(toToken, p.size()) - 1);
    for (int t = fromToken; t < Math.min(toToken, p.size()); t++) {
      if (p.type(t) == TokenType.PUNCT || THAT.contains(p.norm(t))) {
        hi = p.start(t);
        break;
      }
    }
    for (Entity e : entities) {
      if ((e.type() == EntityType.PER || e.type() == EntityType.ORG) && e.span().start() >= lo && e.span().start() < hi) return e;
    }
    return null;
  }

  private static Entity entityEndingAt(ParagraphTokens p, List<Entity> entities, int token) {
    if (token < 0) return null;
    int end = p.end(token);
    for (Entity e : entities) {
      if ((e.type() == EntityType.PER || e.type() == EntityType.ORG) && e.span().end() == end) return e;
    }
    return null;
  }

  /** Index of the first token starting at or after absolute offset {@code offset}. */
  private static int tokenAfter(ParagraphTokens p, int offset, int from) {
    int k = from;
    while (k < p.size() && p.start(k) < offset) k++;
    return k;
  }
}
