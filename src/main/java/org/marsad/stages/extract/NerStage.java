package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Problem;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.extract.ner.NerTagger;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.Segment;
import org.marsad.text.ar.SegmentKind;
import org.marsad.text.ar.TokenType;

/**
 * Tags named entities in the body with the bundled statistical tagger over {@link org.marsad.text.ar.ArabicTokenizer}
 * tokens, sentence by sentence. An entity's span runs from its first to its last token, less a leading و ف ب ك ل
 * proclitic ({@code وبلينكن} → {@code بلينكن}, by {@link CliticSegmenter}). A person gets the role its preceding
 * title announces ({@link Roles}); every entity gets a canonical name ({@link EntityResolver}).
 */
public final class NerStage implements Stage {
  /** Sentences longer than this are tagged in pieces, so one run-on paragraph cannot make Viterbi slow. */
  private static final int MAX_SENTENCE_TOKENS = 200;
  private static final CliticSegmenter SEGMENTER = CliticSegmenter.standard();
  private static final int MAX_TRIGGERED_NAME = 3;
  /** Function words that end a name run after a role. */
  private static final Set<String> NAME_STOP = ExtractLexicons.words("counted-stop.txt");
  /** Particles inside European family names (دي مايو، فان دايك); never Arabic words of their own. */
  private static final Set<String> FOREIGN_PARTICLES = ExtractLexicons.words("foreign-name-particles.txt");
  /** Words that open an organisation's name (صندوق، هيئة، وزارة…): the tagger's ORG triggers, normalised. */
  private static final Set<String> ORGANISATION_OPENERS = organisationOpeners();

  private static Set<String> organisationOpeners() {
    Set<String> out = new java.util.HashSet<>();
    for (String[] row : ExtractLexicons.rows("ner/triggers.tsv")) if (row.length == 2 && row[1].strip().equals("ORG")) out.add(row[0]);
    return Set.copyOf(out);
  }

  private final NerTagger tagger;

  public NerStage() {
    this(NerTagger.load());
  }

  public NerStage(NerTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Article process(Article article, StageContext context) {
    List<Entity> entities = new ArrayList<>();
    Article result = article;
    for (Span paragraph : article.body()) {
      try {
        tagParagraph(ParagraphTokens.of(article.text(), paragraph), entities);
      } catch (RuntimeException e) {
        result = result.withProblem(new Problem(name(), paragraph, "entities skipped: " + e));
      }
    }
    entities.sort((x, y) -> x.span().compareTo(y.span()));
    resolveCounterparts(entities);
    return result.withEntities(EntityResolver.resolveWithinArticle(entities));
  }

  private void tagParagraph(ParagraphTokens p, List<Entity> out) {
    int from = 0;
    for (int i = 0; i < p.size(); i++) {
      boolean end = p.type(i) == TokenType.PUNCT && !p.norm(i).isEmpty() && isSentenceEnd(p.norm(i).charAt(0));
      if (end || i + 1 - from >= MAX_SENTENCE_TOKENS) {
        tagSentence(p, from, i + 1, out);
        from = i + 1;
      }
    }
    tagSentence(p, from, p.size(), out);
  }

  private void tagSentence(ParagraphTokens p, int from, int to, List<Entity> out) {
    if (to <= from) return;
    String[] words = new String[to - from];
    for (int k = 0; k < words.length; k++) words[k] = p.original(from + k);
    String[] tags = tagger.tag(words);
    joinNameParticles(p, from, tags);
    int k = 0;
    while (k < tags.length) {
      if (!tags[k].startsWith("B-")) {
        k++;
        continue;
      }
      String type = tags[k].substring(2);
      String inside = "I-" + type;
      int last = k;
      while (last + 1 < tags.length && tags[last + 1].equals(inside)) last++;
      int a = from + k, b = from + last;
      while (b > a && p.type(b) == TokenType.PUNCT) b--;
      if (p.type(a) != TokenType.PUNCT) {
        if (type.equals("PER")) a = withGivenNameAfterRole(p, from, a, tags);
        int start = startWithoutProclitic(p, a);
        Span span = new Span(start, p.end(b));
        EntityType t = EntityType.valueOf(type);
        String role = t == EntityType.PER ? Roles.roleBefore(p, a) : null;
        out.add(new Entity(t, span, span.of(p.text), null, role));
      }
      k = last + 1;
    }
    namesAfterRoles(p, from, tags, out);
  }

  /**
   * Particle rule: a person the tagger ended right before a family-name particle (لويجي | دي مايو) runs on over the
   * particle and the next word, and an untagged «word particle word» (… دي …) is a person. Rewrites {@code tags}.
   */
  static void joinNameParticles(ParagraphTokens p, int from, String[] tags) {
    for (int k = 0; k + 2 < tags.length; k++) {
      int t = from + k;
      if (!FOREIGN_PARTICLES.contains(p.norm(t + 1)) || !tags[k + 1].equals("O") || !tags[k + 2].equals("O")) continue;
      if (!p.isArabic(t) || !p.isArabic(t + 2) || NAME_STOP.contains(p.norm(t + 2))) continue;
      if (tags[k].endsWith("-PER")) {
        tags[k + 1] = "I-PER";
        tags[k + 2] = "I-PER";
      } else if (tags[k].equals("O") && !p.norm(t).startsWith("ال") && !NAME_STOP.contains(p.norm(t))) {
        tags[k] = "B-PER";
        tags[k + 1] = "I-PER";
        tags[k + 2] = "I-PER";
      } else {
        continue;
      }
      k++; // the next check starts at the family name, which may be followed by another particle
    }
  }

  /**
   * Trigger rule: one to three untagged words right after an office (وزيرة خارجية هولندا …، المبعوث الأممي …)
   * and closed by punctuation are a person the tagger missed. The first word may not carry the article ال.
   */
  private static void namesAfterRoles(ParagraphTokens p, int from, String[] tags, List<Entity> out) {
    for (int k = 1; k < tags.length; k++) {
      int t = from + k;
      if (!tags[k].equals("O") || !p.isArabic(t) || p.norm(t).startsWith("ال") || !p.isArabic(t - 1)) continue;
      if (!(tags[k - 1].equals("O") || tags[k - 1].endsWith("LOC")) || !Roles.mayEndRole(p.norm(t - 1))) continue;
      int n = 0;
      while (n < MAX_TRIGGERED_NAME && k + n < tags.length && tags[k + n].equals("O") && p.isArabic(t + n)
          && !NAME_STOP.contains(p.norm(t + n))) n++;
      if (n == 0 || k + n >= tags.length || p.type(t + n) != TokenType.PUNCT || !tags[k + n].equals("O")) continue;
      String role = Roles.roleBefore(p, t);
      if (!Roles.isOffice(role)) continue;
      Span span = p.span(t, t + n);
      out.add(new Entity(EntityType.PER, span, span.of(p.text), null, role));
      k += n;
    }
  }

  /**
   * وزير خارجيتها مولود تشاووش أوغلو: when the tagger starts a person one word after an office, that untagged
   * word is the given name it missed. Returns the token the person starts at.
   */
  static int withGivenNameAfterRole(ParagraphTokens p, int from, int a, String[] tags) {
    int g = a - 1;
    if (g < from + 1 || !tags[g - from].equals("O") || !p.isArabic(g) || p.norm(g).startsWith("ال")
        || NAME_STOP.contains(p.norm(g)) || Roles.roleBefore(p, a) != null) return a;
    return Roles.isOffice(Roles.roleBefore(p, g)) ? g : a;
  }

  /** ونظيره الأمريكي: the office of the last person named before with an office, in the counterpart's country. */
  private static void resolveCounterparts(List<Entity> entities) {
    String lastOffice = null;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() != EntityType.PER || e.role() == null) continue;
      if (Roles.isCounterpart(e.role())) {
        String role = Roles.counterpart(lastOffice, Roles.counterpartCountry(e.role()));
        entities.set(i, new Entity(e.type(), e.span(), e.text(), e.canonical(), role));
      } else if (Roles.isOffice(e.role())) {
        lastOffice = e.role();
      }
    }
  }

  /**
   * Start of token a, past a leading conjunction or preposition segment (and not into the article ال), or past a
   * preposition the segmenter leaves on when what follows opens an organisation's name.
   */
  static int startWithoutProclitic(ParagraphTokens p, int a) {
    int start = startPastSegmentedProclitic(p, a);
    return start == p.start(a) ? startPastAttachedPreposition(p, a) : start;
  }

  /**
   * لصندوق، بهيئة: the segmenter keeps ب/ل/ك on a word it does not know (it cannot tell ل + stem from a word that
   * starts with ل, as لبنان or لجنة), so the preposition comes off only when the rest is a word that opens an
   * organisation's name (the ORG triggers of the tagger's lexicon).
   */
  static int startPastAttachedPreposition(ParagraphTokens p, int a) {
    if (!p.isArabic(a)) return p.start(a);
    String norm = p.norm(a);
    if (norm.length() < 4 || "بلك".indexOf(norm.charAt(0)) < 0) return p.start(a);
    return ORGANISATION_OPENERS.contains(norm.substring(1)) ? p.start(a) + 1 : p.start(a);
  }

  private static int startPastSegmentedProclitic(ParagraphTokens p, int a) {
    if (!p.isArabic(a)) return p.start(a);
    List<Segment> segs = SEGMENTER.segment(p.text, p.start(a), p.end(a));
    boolean clitic = false;
    for (Segment s : segs) {
      // the segmenter also splits the future particle س, which never precedes a name (سيغريد stays whole)
      if (s.kind() == SegmentKind.CONJUNCTION
          || s.kind() == SegmentKind.PREPOSITION && p.text.charAt(s.span().start()) != '\u0633') {
        clitic = true;
        continue;
      }
      // للشيخ: the article's alef is not written, so no substring reads "الشيخ"; start at the stem
      if (s.kind() == SegmentKind.ARTICLE && clitic && !p.text.startsWith("ال", s.span().start())) continue;
      return s.span().start() < p.end(a) ? s.span().start() : p.start(a);
    }
    return p.start(a);
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == ':';
  }
}
