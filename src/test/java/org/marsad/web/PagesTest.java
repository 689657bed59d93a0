package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.model.Story;

class PagesTest {
  static final String HOSTILE_TITLE = "<script>alert(1)</script> \u202Eعنوان";

  static Article article(String id, String outlet, String text) {
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text,
        Metadata.EMPTY.withOutlet(outlet).withTitle(HOSTILE_TITLE).withUrl("javascript:alert(1)"))
        .withBody(List.of(new Span(0, text.length())));
  }

  static Corpus.Snapshot snapshot(Event e, Article... articles) {
    Map<String, Article> byId = new java.util.LinkedHashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    Story story = new Story("s-1", "قصة <b>", List.of(e.id()), List.of(new Story.TimelineEntry("2023-04-02", "وقع <i>الحادث</i>", "a")), List.of());
    return new Corpus.Snapshot(byId, List.of(e), Map.of(e.id(), e), Map.of("s-1", story), Map.of(e.id(), story));
  }

  @Test
  void htmlEscapesMarkupAndShowsBidiControls() {
    assertThat(Html.text("<a href=\"x\" onclick='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.text("أ\u202Eب\u2066ج\u0000")).isEqualTo("أ[U+202E]ب[U+2066]ج");
    assertThat(Html.internalPath("/articles/", "javascript:alert(1)#\"x")).isEqualTo("/articles/javascript%3Aalert%281%29%23%22x");
  }

  @Test
  void eventPageShowsConflictsSideBySideWithTheQuotedWordsMarkedInEachSource() {
    String t1 = "قالت الهيئة إن عدد المصابين بلغ 40 مصاباً في الحادث.";
    String t2 = "أفاد المستشفى بأن عدد المصابين وصل إلى 45 مصاباً <script>x()</script>.";
    Event e = new Event("e-1", List.of("a", "b"), "حادث <script>alert(2)</script>", "2023-04-02", "المدينة",
        List.of("الهيئة"), "حادث", List.of(new Event.SummarySentence("ملخص <img src=x onerror=alert(3)>", "a")),
        List.of(new Event.Conflict("عدد المصابين", List.of(
            new Event.Claim("40", List.of("a"), "40 مصاباً"),
            new Event.Claim("45", List.of("b"), "45 مصاباً")))));
    String page = Pages.event(snapshot(e, article("a", "صحيفة أ", t1), article("b", "صحيفة ب", t2)), e);

    assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">");
    assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>");
    assertThat(page).contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    int claims = page.indexOf("<div class=\"claims\">");
    assertThat(claims).isPositive();
    String conflict = page.substring(claims);
    assertThat(conflict).contains("بلغ <mark>40 مصاباً</mark>").contains("إلى <mark>45 مصاباً</mark>");
    assertThat(conflict.indexOf("<mark>40")).isLessThan(conflict.indexOf("<mark>45"));
    assertThat(page).contains("href=\"/articles/a\"").contains("href=\"/stories/s-1\"");
  }

  @Test
  void articlePageHighlightsSpansAndNeverLinksOutsideText() {
    String text = "زار سامر الخطيب المدينة <script>alert(1)</script> javascript:alert(1)";
    Article a = article("a", "صحيفة", text).withEntities(List.of(new Entity(EntityType.PER, new Span(4, 15), "سامر الخطيب", "\"><script>", null)));
    String page = Pages.article(a);
    assertThat(page).contains("<mark class=\"ent per\" title=\"PER: &quot;&gt;&lt;script&gt;\">سامر الخطيب</mark>");
    assertThat(page).doesNotContain("<script").doesNotContain("href=\"javascript");
    assertThat(page).contains("javascript:alert(1)"); // shown as text, the URL and the body alike
    assertThat(page).contains("[U+202E]");
  }

  @Test
  void eventsListCountsArticlesOfUnknownOutletAsSources() {
    Event e = new Event("e-2", List.of("x", "y", "z"), "حدث", "2023-04-02", null, List.of(), null, List.of(), List.of());
    Article x = article("x", null, "نص أول");
    Article y = article("y", null, "نص ثان");
    Article z = article("z", "صحيفة", "نص ثالث");
    assertThat(Pages.events(snapshot(e, x, y, z), 0)).contains("<span class=\"outlets\">3 مصادر</span>");
  }

  @Test
  void searchPageKeepsItsParametersEscapedInFormAndPagerLinks() {
    Map<String, String> params = Map.of("q", "\"><script>", "outlet", "صحيفة & شركاه", "sort", "date");
    String page = Pages.search(params, null, null);
    assertThat(page).doesNotContain("<script").contains("value=\"&quot;&gt;&lt;script&gt;\"");
    assertThat(page).contains("<option value=\"date\" selected>");
    assertThat(Pages.searchLink(params, 20)).startsWith("/search?q=%22%3E%3Cscript%3E&amp;outlet=")
        .contains("sort=date").endsWith("offset=20");
  }

  @Test
  void everyHrefIsAnInternalPath() {
    Event e = new Event("javascript:alert(1)", List.of("javascript:x"), HOSTILE_TITLE, null, null, List.of(), null,
        List.of(), List.of());
    String list = Pages.events(snapshot(e, article("javascript:x", "o", "نص")), 0);
    String page = Pages.event(snapshot(e, article("javascript:x", "o", "نص")), e);
    for (String html : List.of(list, page)) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(html);
      while (m.find()) assertThat(m.group(1)).startsWith("/");
    }
  }
}
