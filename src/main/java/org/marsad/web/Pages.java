package org.marsad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.model.Story;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchResult;

/**
 * The server-rendered pages: plain string building, every outside string through {@link Html#text}, every link
 * through {@link Html#internalPath}. Pages carry no script at all.
 */
final class Pages {
  static final int EVENTS_PER_PAGE = 50;
  private static final int CONTEXT = 90;

  private Pages() {}

  static String layout(String title, String query, String main) {
    StringBuilder sb = new StringBuilder(main.length() + 1500);
    sb.append("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.text(title)).append(" · مرصد</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/marsad.css\"></head><body>")
        .append("<header><a class=\"home\" href=\"/\">مرصد</a>")
        .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" placeholder=\"ابحث في الأخبار\" aria-label=\"بحث\" value=\"")
        .append(Html.text(query)).append("\"><button type=\"submit\">بحث</button></form>")
        .append("<form class=\"ask\" action=\"/ask\" method=\"get\">")
        .append("<input type=\"text\" name=\"q\" placeholder=\"اسأل سؤالاً\" aria-label=\"سؤال\">")
        .append("<button type=\"submit\">اسأل</button></form></header>\n<main>")
        .append(main).append("</main></body></html>\n");
    return sb.toString();
  }

  static String message(String title, String message) {
    return layout(title, "", "<h1>" + Html.text(title) + "</h1><p class=\"message\">" + Html.text(message) + "</p>");
  }

  static String events(Corpus.Snapshot s, int page) {
    List<Event> all = s.events();
    int from = Math.min(all.size(), page * EVENTS_PER_PAGE);
    int to = Math.min(all.size(), from + EVENTS_PER_PAGE);
    StringBuilder sb = new StringBuilder("<h1>الأحداث</h1>");
    if (all.isEmpty()) sb.append("<p class=\"message\">لا أحداث بعد: أضف أخباراً عبر الواجهة البرمجية أو مجلد المراقبة.</p>");
    sb.append("<ol class=\"events\">");
    for (Event e : all.subList(from, to)) {
      int outlets = s.sourceCount(e);
      sb.append("<li class=\"event\"><a href=\"").append(Html.internalPath("/events/", e.id())).append("\">")
          .append(Html.text(titleOf(e))).append("</a><div class=\"meta\">");
      if (e.when() != null) sb.append("<span class=\"when\">").append(bdi(e.when())).append("</span>");
      if (e.where() != null) sb.append("<span class=\"where\">").append(Html.text(e.where())).append("</span>");
      sb.append("<span class=\"outlets\">").append(outlets).append(outlets == 1 ? " مصدر" : " مصادر").append("</span>");
      if (!e.conflicts().isEmpty()) {
        sb.append("<span class=\"badge conflict\">تعارض: ").append(e.conflicts().size()).append("</span>");
      }
      sb.append("</div></li>");
    }
    sb.append("</ol>");
    if (page > 0) sb.append("<a class=\"pager\" href=\"/?page=").append(page - 1).append("\">السابق</a> ");
    if (to < all.size()) sb.append("<a class=\"pager\" href=\"/?page=").append(page + 1).append("\">التالي</a>");
    return layout("الأحداث", "", sb.toString());
  }

  /** Outside text isolated from its neighbours' direction, so "2023-03-15T08:30" or "03_x.txt" reads as written. */
  static String bdi(String s) {
    return s == null || s.isEmpty() ? "" : "<bdi>" + Html.text(s) + "</bdi>";
  }

  static String titleOf(Event e) {
    return e.title() == null || e.title().isBlank() ? "حدث بلا عنوان" : e.title();
  }

  static String event(Corpus.Snapshot s, Event e) {
    StringBuilder sb = new StringBuilder();
    sb.append("<article class=\"event-page\"><h1>").append(Html.text(titleOf(e))).append("</h1>");
    sb.append("<dl class=\"brief\">");
    brief(sb, "متى", e.when());
    brief(sb, "أين", e.where());
    brief(sb, "من", whoWithRoles(e));
    brief(sb, "ماذا", e.what());
    if (e.brief() != null) {
      // why and how only when a source states them; otherwise the row is left out rather than shown as unknown
      if (e.brief().why() != null) brief(sb, "لماذا", e.brief().why().text());
      if (e.brief().how() != null) brief(sb, "كيف", e.brief().how().text());
    }
    brief(sb, "المصادر", String.join("، ", s.outlets(e)));
    sb.append("</dl>");

    if (!e.summary().isEmpty()) {
      sb.append("<section class=\"summary\"><h2>الملخص</h2><ol>");
      for (Event.SummarySentence ss : e.summary()) {
        sb.append("<li>").append(Html.text(ss.sentence()));
        if (ss.articleId() != null) sb.append(' ').append(sourceLink(s, ss.articleId()));
        sb.append("</li>");
      }
      sb.append("</ol></section>");
    }

    if (!e.conflicts().isEmpty()) {
      sb.append("<section class=\"conflicts\"><h2>التعارضات</h2>");
      for (Event.Conflict c : e.conflicts()) {
        sb.append("<div class=\"conflict\"><h3>").append(Html.text(c.about())).append("</h3><div class=\"claims\">");
        for (Event.Claim claim : c.claims()) {
          sb.append("<div class=\"claim\"><p class=\"value\">").append(Html.text(claim.value())).append("</p>");
          for (String id : claim.articleIds()) {
            sb.append("<blockquote>");
            quoted(sb, s.articlesById().get(id), claim.text());
            sb.append("<footer>").append(sourceLink(s, id)).append("</footer></blockquote>");
          }
          sb.append("</div>");
        }
        sb.append("</div></div>");
      }
      sb.append("</section>");
    }

    sb.append("<section class=\"articles\"><h2>الأخبار</h2><ul>");
    for (String id : e.articleIds()) {
      Article a = s.articlesById().get(id);
      sb.append("<li><a href=\"").append(Html.internalPath("/articles/", id)).append("\">")
          .append(Html.text(a == null || a.meta().title() == null ? id : a.meta().title())).append("</a>");
      if (a != null) {
        sb.append(" <span class=\"meta\">").append(bdi(a.meta().outlet())).append(' ')
            .append(bdi(a.meta().published())).append("</span>");
      }
      sb.append("</li>");
    }
    sb.append("</ul></section>");

    Story story = s.storyByEventId().get(e.id());
    if (story != null) {
      sb.append("<section class=\"timeline\"><h2>الخط الزمني: <a href=\"")
          .append(Html.internalPath("/stories/", story.id())).append("\">").append(Html.text(story.title()))
          .append("</a></h2>");
      timeline(sb, s, story);
      sb.append("</section>");
    }
    sb.append("</article>");
    return layout(titleOf(e), "", sb.toString());
  }

  static String story(Corpus.Snapshot s, Story story) {
    StringBuilder sb = new StringBuilder("<h1>").append(Html.text(story.title())).append("</h1>");
    sb.append("<section class=\"timeline\"><h2>الخط الزمني</h2>");
    timeline(sb, s, story);
    sb.append("</section><section><h2>الأحداث</h2><ul>");
    for (String id : story.eventIds()) {
      Event e = s.event(id); // an event merged since the story was grouped shows as the one it joined
      sb.append("<li><a href=\"").append(Html.internalPath("/events/", id)).append("\">")
          .append(Html.text(e == null ? id : titleOf(e))).append("</a></li>");
    }
    sb.append("</ul></section>");
    return layout(story.title(), "", sb.toString());
  }

  private static void timeline(StringBuilder sb, Corpus.Snapshot s, Story story) {
    sb.append("<ol class=\"timeline-list\">");
    for (Story.TimelineEntry t : story.timeline()) {
      sb.append("<li><time>").append(bdi(t.when() == null ? "؟" : t.when())).append("</time> ")
          .append(Html.text(t.what()));
      if (t.sourceArticleId() != null) sb.append(' ').append(sourceLink(s, t.sourceArticleId()));
      sb.append("</li>");
    }
    sb.append("</ol>");
  }

  /** Names with the role a source gives them ("فلان (وزير المالية)"), from the brief when there is one. */
  static String whoWithRoles(Event e) {
    if (e.brief() == null || e.brief().who().isEmpty()) return e.who().isEmpty() ? null : String.join("، ", e.who());
    List<String> names = new java.util.ArrayList<>();
    for (org.marsad.model.Brief.Actor a : e.brief().who()) {
      names.add(a.role() == null || a.role().isBlank() ? a.name() : a.name() + " (" + a.role() + ")");
    }
    return String.join("، ", names);
  }

  private static void brief(StringBuilder sb, String label, String value) {
    sb.append("<dt>").append(label).append("</dt><dd>")
        .append(value == null || value.isBlank() ? "<span class=\"unknown\">غير معروف</span>" : Html.text(value))
        .append("</dd>");
  }

  private static String sourceLink(Corpus.Snapshot s, String articleId) {
    Article a = s.articlesById().get(articleId);
    return sourceLink(articleId, a != null && a.meta().outlet() != null ? a.meta().outlet() : articleId);
  }

  private static String sourceLink(String articleId, String label) {
    return "<a class=\"source\" href=\"" + Html.internalPath("/articles/", articleId) + "\">[" + bdi(label) + "]</a>";
  }

  /** The claim's words marked inside their sentence of the article, or the words alone when not found there. */
  private static void quoted(StringBuilder sb, Article a, String words) {
    int at = a == null || words == null || words.isEmpty() ? -1 : a.text().indexOf(words);
    if (at < 0) {
      sb.append("<mark>").append(Html.text(words)).append("</mark>");
      return;
    }
    String t = a.text();
    int start = Math.max(0, at - CONTEXT);
    int end = Math.min(t.length(), at + words.length() + CONTEXT);
    for (int i = at - 1; i >= start; i--) if (t.charAt(i) == '\n' || t.charAt(i) == '.') { start = i + 1; break; }
    for (int i = at + words.length(); i < end; i++) if (t.charAt(i) == '\n' || t.charAt(i) == '.') { end = i + 1; break; }
    sb.append(start > 0 ? "… " : "");
    Html.appendText(sb, t, start, at);
    sb.append("<mark>");
    Html.appendText(sb, t, at, at + words.length());
    sb.append("</mark>");
    Html.appendText(sb, t, at + words.length(), end);
    sb.append(end < t.length() ? " …" : "");
  }

  /** A span to highlight in the article view. */
  private record Mark(Span span, String cssClass, String title) {}

  static String article(Article a) {
    StringBuilder sb = new StringBuilder("<article class=\"article-page\"><h1>")
        .append(Html.text(a.meta().title() == null ? a.id() : a.meta().title())).append("</h1>");
    sb.append("<dl class=\"brief\">");
    brief(sb, "المصدر", a.meta().outlet());
    brief(sb, "النشر", a.meta().published() != null ? a.meta().published()
        : a.meta().publishedInferred() == null ? null : a.meta().publishedInferred() + " (مستنتج)");
    brief(sb, "الكاتب", a.meta().author());
    // the URL is shown as text, never as a link: it comes from outside
    brief(sb, "الرابط", a.meta().url());
    sb.append("</dl><p class=\"legend\"><mark class=\"ent\">كيان</mark> <mark class=\"date\">تاريخ</mark> ")
        .append("<mark class=\"qty\">كمية</mark></p>");
    List<Mark> marks = marks(a);
    List<Span> paragraphs = a.body().isEmpty() ? List.of(new Span(0, a.text().length())) : a.body();
    sb.append("<div class=\"body\">");
    int m = 0;
    for (Span p : paragraphs) {
      sb.append("<p>");
      int at = p.start();
      while (m < marks.size() && marks.get(m).span().end() <= p.start()) m++;
      int k = m;
      for (; k < marks.size() && marks.get(k).span().start() < p.end(); k++) {
        Mark mk = marks.get(k);
        if (!p.contains(mk.span()) || mk.span().start() < at) continue;
        Html.appendText(sb, a.text(), at, mk.span().start());
        sb.append("<mark class=\"").append(mk.cssClass()).append("\" title=\"").append(Html.text(mk.title())).append("\">");
        Html.appendText(sb, a.text(), mk.span().start(), mk.span().end());
        sb.append("</mark>");
        at = mk.span().end();
      }
      Html.appendText(sb, a.text(), at, p.end());
      sb.append("</p>");
    }
    sb.append("</div></article>");
    return layout(a.meta().title() == null ? a.id() : a.meta().title(), "", sb.toString());
  }

  /** Entity, date and quantity spans, by start; a span overlapping an earlier (or longer) one is left out. */
  private static List<Mark> marks(Article a) {
    List<Mark> all = new ArrayList<>();
    int n = a.text().length();
    for (Entity e : a.entities()) {
      if (e.span().end() <= n) {
        all.add(new Mark(e.span(), "ent " + e.type().name().toLowerCase(Locale.ROOT),
            e.type() + (e.canonical() == null ? "" : ": " + e.canonical())));
      }
    }
    for (DateMention d : a.dates()) {
      if (d.span().end() <= n) all.add(new Mark(d.span(), "date", d.value() == null ? "تاريخ" : d.value()));
    }
    for (Quantity q : a.quantities()) {
      if (q.span().end() <= n) {
        all.add(new Mark(q.span(), "qty", (q.of() == null ? "" : q.of() + ": ") + q.value() + (q.unit() == null ? "" : " " + q.unit())));
      }
    }
    all.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().length()));
    List<Mark> kept = new ArrayList<>();
    int end = -1;
    for (Mark m : all) {
      if (m.span().start() >= end && m.span().length() > 0) {
        kept.add(m);
        end = m.span().end();
      }
    }
    return kept;
  }

  /** Search parameters the search page keeps between requests. */
  static final List<String> SEARCH_PARAMS = List.of("q", "outlet", "from", "to", "entity", "sort");

  static String search(Map<String, String> params, SearchResult r, String error) {
    String q = params.getOrDefault("q", "");
    StringBuilder sb = new StringBuilder("<h1>البحث</h1>");
    sb.append("<form class=\"filters\" action=\"/search\" method=\"get\">")
        .append(field("q", "search", "كلمات البحث", params))
        .append(field("outlet", "text", "المصدر", params))
        .append(field("entity", "text", "كيان", params))
        .append("<label>من ").append(field("from", "date", "من", params)).append("</label>")
        .append("<label>إلى ").append(field("to", "date", "إلى", params)).append("</label>")
        .append("<select name=\"sort\" aria-label=\"الترتيب\"><option value=\"relevance\">الأقرب</option><option value=\"date\"")
        .append("date".equals(params.get("sort")) ? " selected" : "").append(">الأحدث</option></select>")
        .append("<button type=\"submit\">بحث</button></form>");
    if (error != null) {
      sb.append("<p class=\"message error\">").append(Html.text(error)).append("</p>");
    } else if (r != null) {
      sb.append("<p class=\"count\">").append(r.total()).append(" نتيجة</p><ol class=\"hits\">");
      for (SearchHit h : r.hits()) {
        sb.append("<li class=\"hit\"><a href=\"").append(Html.internalPath("/articles/", h.articleId())).append("\">")
            .append(Html.text(h.title() == null ? h.articleId() : h.title())).append("</a><div class=\"meta\">")
            .append(bdi(h.outlet())).append(' ').append(bdi(h.published())).append("</div>");
        for (SearchHit.Snippet sn : h.snippets()) {
          sb.append("<p class=\"snippet\">… ");
          int at = sn.span().start();
          String t = sn.text();
          int base = sn.span().start();
          for (Span hl : sn.highlights()) {
            Html.appendText(sb, t, at - base, hl.start() - base);
            sb.append("<mark>");
            Html.appendText(sb, t, hl.start() - base, hl.end() - base);
            sb.append("</mark>");
            at = hl.end();
          }
          Html.appendText(sb, t, at - base, t.length());
          sb.append(" …</p>");
        }
        sb.append("</li>");
      }
      sb.append("</ol>");
      int offset = r.query().offset();
      int limit = r.query().limit();
      if (offset > 0) sb.append("<a class=\"pager\" href=\"").append(searchLink(params, Math.max(0, offset - limit))).append("\">السابق</a> ");
      if (offset + r.hits().size() < r.total()) sb.append("<a class=\"pager\" href=\"").append(searchLink(params, offset + limit)).append("\">التالي</a>");
    }
    return layout("بحث: " + q, q, sb.toString());
  }

  private static String field(String name, String type, String label, Map<String, String> params) {
    return "<input type=\"" + type + "\" name=\"" + name + "\" aria-label=\"" + label + "\" placeholder=\"" + label
        + "\" value=\"" + Html.text(params.getOrDefault(name, "")) + "\">";
  }

  /** The search page with the same parameters at another offset: an internal path with encoded values. */
  static String searchLink(Map<String, String> params, int offset) {
    StringBuilder sb = new StringBuilder("/search?");
    for (String p : SEARCH_PARAMS) {
      String v = params.get(p);
      if (v != null && !v.isBlank()) sb.append(p).append('=').append(Html.queryValue(v)).append("&amp;");
    }
    return sb.append("offset=").append(offset).toString();
  }

  static String ask(String q, org.marsad.ask.AskResult r) {
    StringBuilder sb = new StringBuilder("<h1>اسأل</h1>");
    if (q == null || q.isBlank() || r == null) {
      sb.append("<p class=\"message\">اكتب سؤالاً في خانة «اسأل» أعلاه، مثل: كم عدد المصابين؟</p>");
      return layout("اسأل", "", sb.toString());
    }
    sb.append("<p>سؤالك: <q>").append(Html.text(q)).append("</q></p>");
    if (r.answers().isEmpty()) {
      sb.append("<p class=\"message\">").append(Html.text(r.message() == null ? "لا أعرف" : r.message())).append("</p>");
      if (!r.nearest().isEmpty()) {
        sb.append("<p>أقرب المصادر:</p><ul>");
        for (String id : r.nearest()) sb.append("<li>").append(sourceLink(id, id)).append("</li>");
        sb.append("</ul>");
      }
    } else {
      if (r.answers().size() > 1) sb.append("<p class=\"message\">المصادر لا تتفق: لكل قيمة مصادرها.</p>");
      sb.append("<ol class=\"answers\">");
      for (org.marsad.ask.AskResult.Answer a : r.answers()) {
        sb.append("<li class=\"answer\"><strong>").append(Html.text(a.value())).append("</strong>");
        if (a.holdsFor() != null) sb.append(" <span class=\"when\">(").append(Html.text(a.holdsFor())).append(")</span>");
        sb.append("<blockquote>").append(Html.text(a.text())).append("</blockquote>");
        for (String id : a.sources()) sb.append(sourceLink(id, id)).append(' ');
        sb.append("</li>");
      }
      sb.append("</ol>");
    }
    return layout("اسأل", "", sb.toString());
  }

}
