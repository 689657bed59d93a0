package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over the digested samples, through a real HTTP client on loopback. */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static ServerFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = new ServerFixture(data);
  }

  @AfterAll
  static void stop() throws Exception {
    f.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Every error is {"message": …} and shows no Java internals. */
  static void assertErrorJson(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).isEqualTo(status);
    JsonNode body = json(r);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void healthCountsTheCorpus() throws Exception {
    JsonNode h = json(f.get("/api/health"));
    assertThat(h.path("status").asText()).isEqualTo("ok");
    // 12 sample articles + the hostile one
    assertThat(h.path("articles").asInt()).isGreaterThanOrEqualTo(13);
    assertThat(h.path("events").asInt()).isPositive();
  }

  @Test
  void eventsAreNewestFirstAndPaged() throws Exception {
    JsonNode page = json(f.get("/api/events?limit=100"));
    List<String> whens = new ArrayList<>();
    for (JsonNode e : page.path("items")) if (e.hasNonNull("when")) whens.add(e.path("when").asText());
    assertThat(whens).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(page.path("total").asInt()).isEqualTo(page.path("items").size());

    JsonNode second = json(f.get("/api/events?offset=1&limit=1"));
    assertThat(second.path("items")).hasSize(1);
    assertThat(second.path("items").get(0).path("id").asText()).isEqualTo(page.path("items").get(1).path("id").asText());
  }

  @Test
  void pageSizeIsCapped() throws Exception {
    JsonNode page = json(f.get("/api/events?limit=100000"));
    assertThat(page.path("limit").asInt()).isEqualTo(MarsadServer.MAX_PAGE);
    assertThat(json(f.get("/api/search?q=" + enc("قطار") + "&limit=5000")).path("limit").asInt()).isEqualTo(100);
  }

  @Test
  void badParametersAre400Json() throws Exception {
    assertErrorJson(f.get("/api/events?limit=abc"), 400);
    assertErrorJson(f.get("/api/events?from=12-03-2023"), 400);
    assertErrorJson(f.get("/api/search?q=" + enc("قطار") + "&sort=random"), 400);
    assertErrorJson(f.get("/api/search?q=" + enc("قطار AND (")), 400);
    assertThat(json(f.get("/api/search?q=" + enc("\"قطار"))).path("message").asText()).contains("cannot understand the query");
  }

  @Test
  void eventsFilterByOutletDateAndConflicts() throws Exception {
    JsonNode all = json(f.get("/api/events?limit=100")).path("items");
    String outlet = all.get(0).path("outlets").get(0).asText();
    for (JsonNode e : json(f.get("/api/events?limit=100&outlet=" + enc(outlet))).path("items")) {
      assertThat(e.path("outlets").toString()).contains(outlet);
    }
    for (JsonNode e : json(f.get("/api/events?limit=100&from=2023-03-13&to=2023-03-31")).path("items")) {
      assertThat(e.path("when").asText()).isBetween("2023-03-13", "2023-03-31");
    }
    for (JsonNode e : json(f.get("/api/events?limit=100&conflicts=true")).path("items")) {
      assertThat(e.path("conflictCount").asInt()).isPositive();
    }
  }

  @Test
  void eventDetailHasBriefArticlesAndStoryTimeline() throws Exception {
    JsonNode train = eventOf("03_raed_train.txt");
    JsonNode e = json(f.get("/api/events/" + enc(train.path("id").asText())));
    assertThat(e.path("title").asText()).isNotBlank();
    assertThat(e.path("when").asText()).startsWith("2023-03-1");
    assertThat(e.has("who")).isTrue();
    assertThat(e.has("conflicts")).isTrue();
    List<String> ids = new ArrayList<>();
    for (JsonNode a : e.path("articles")) ids.add(a.path("id").asText());
    assertThat(ids).contains("03_raed_train.txt").hasSizeGreaterThan(1);
    assertThat(e.path("story").path("id").asText()).startsWith("s-");
    assertThat(e.path("story").path("timeline").size()).isPositive();
  }

  @Test
  void storyDetailListsItsEvents() throws Exception {
    JsonNode summary = eventOf("01_ufuq_water_summit.txt");
    JsonNode s = json(f.get("/api/stories/" + enc(summary.path("storyId").asText())));
    List<String> eventIds = new ArrayList<>();
    for (JsonNode e : s.path("events")) eventIds.add(e.path("id").asText());
    assertThat(eventIds).contains(summary.path("id").asText());
    assertThat(s.path("timeline").size()).isPositive();
  }

  @Test
  void articleHasOriginalTextAndSpans() throws Exception {
    JsonNode a = json(f.get("/api/articles/" + enc("05_nakheel_feed.jsonl#1")));
    assertThat(a.path("id").asText()).isEqualTo("05_nakheel_feed.jsonl#1");
    String text = a.path("text").asText();
    assertThat(a.path("body").size()).isPositive();
    for (JsonNode span : a.path("body")) assertThat(span.path("end").asInt()).isLessThanOrEqualTo(text.length());
    for (JsonNode ent : a.path("entities")) {
      JsonNode span = ent.path("span");
      assertThat(text.substring(span.path("start").asInt(), span.path("end").asInt())).isEqualTo(ent.path("text").asText());
    }
  }

  @Test
  void hostileArticleComesBackVerbatimAsJsonText() throws Exception {
    JsonNode a = json(f.get("/api/articles/hostile.txt"));
    assertThat(a.path("text").asText()).isEqualTo(ServerFixture.hostileText());
  }

  @Test
  void unknownIdsAre404Json() throws Exception {
    assertErrorJson(f.get("/api/events/e-nothing"), 404);
    assertErrorJson(f.get("/api/stories/s-nothing"), 404);
    assertErrorJson(f.get("/api/articles/nothing.txt"), 404);
    assertErrorJson(f.get("/api/no-such-endpoint"), 404);
  }

  @Test
  void searchReturnsHighlightedHits() throws Exception {
    JsonNode r = json(f.get("/api/search?q=" + enc("قطار")));
    assertThat(r.path("total").asInt()).isPositive();
    JsonNode snippet = r.path("hits").get(0).path("snippets").get(0);
    String text = snippet.path("text").asText();
    int base = snippet.path("span").path("start").asInt();
    JsonNode h = snippet.path("highlights").get(0);
    assertThat(text.substring(h.path("start").asInt() - base, h.path("end").asInt() - base)).contains("قطار");
  }

  @Test
  void searchWithinAnEvent() throws Exception {
    JsonNode train = eventOf("03_raed_train.txt");
    JsonNode detail = json(f.get("/api/events/" + enc(train.path("id").asText())));
    List<String> eventArticles = new ArrayList<>();
    for (JsonNode a : detail.path("articles")) eventArticles.add(a.path("id").asText());
    JsonNode r = json(f.get("/api/search?limit=100&event=" + enc(train.path("id").asText())));
    List<String> hits = new ArrayList<>();
    for (JsonNode h : r.path("hits")) hits.add(h.path("articleId").asText());
    assertThat(hits).containsExactlyInAnyOrderElementsOf(eventArticles);
    HttpResponse<String> unknown = f.get("/api/search?q=x&event=e-nothing");
    assertErrorJson(unknown, 404);
    assertThat(json(unknown).path("message").asText()).contains("e-nothing");
  }

  @Test
  void askAnswersWithOneAnswerPerValueAndItsSources() throws Exception {
    HttpResponse<String> r = f.get("/api/ask?q=" + enc("كم عدد المصابين في حادث القطار؟"));
    assertThat(r.statusCode()).isEqualTo(200);
    var answers = json(r).path("answers");
    java.util.List<String> values = new java.util.ArrayList<>();
    answers.forEach(a -> values.add(a.path("value").asText()));
    assertThat(values).contains("120", "135");
    assertThat(answers.get(0).path("holds_for").asText()).isEqualTo("2023-03");
    assertThat(answers.get(0).path("sources").size()).isPositive();
  }

  @Test
  void askWithoutAQuestionIs400() throws Exception {
    HttpResponse<String> r = f.get("/api/ask");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("message").asText()).contains("question");
  }

  @Test
  void openApiDocumentsEveryEndpoint() throws Exception {
    JsonNode doc = json(f.get("/api/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").has("/api/events")).isTrue();
    for (String p : List.of("/api/health", "/api/events", "/api/events/{id}", "/api/stories/{id}", "/api/articles/{id}",
        "/api/articles", "/api/search", "/api/ask", "/api/openapi.json")) {
      assertThat(doc.path("paths").has(p)).as(p).isTrue();
    }
  }

  @Test
  void writesWithoutTheRightTokenAre401() throws Exception {
    byte[] body = "افتتحت البلدية حديقة جديدة في حي الزيتون يوم الأحد.".getBytes(StandardCharsets.UTF_8);
    assertErrorJson(f.post("/api/articles?name=no-token.txt", null, "text/plain", body), 401);
    assertErrorJson(f.post("/api/articles?name=no-token.txt", "wrong", "text/plain", body), 401);
    assertThat(f.get("/api/articles/no-token.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void ingestIsIdempotentAndShowsUpEverywhere() throws Exception {
    String text = "مدينة الرمال | أخبار محلية\n\nافتتحت بلدية مدينة الرمال صباح الأحد 4 حزيران 2023 حديقة عامة "
        + "جديدة مساحتها 12 ألف متر مربع، وقال رئيس البلدية إن الحديقة ستفتح أبوابها يومياً للزوار.\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> first = f.post("/api/articles?name=park-opening.txt", ServerFixture.TOKEN, "text/plain; charset=utf-8", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).path("added").toString()).contains("park-opening.txt");

    HttpResponse<String> again = f.post("/api/articles?name=park-opening.txt", ServerFixture.TOKEN, "text/plain", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).path("added")).isEmpty();
    // same content under another name is also already known
    HttpResponse<String> renamed = f.post("/api/articles", ServerFixture.TOKEN, "text/plain", body);
    assertThat(renamed.statusCode()).isEqualTo(200);

    assertThat(json(f.get("/api/articles/park-opening.txt")).path("text").asText()).isEqualTo(text);
    assertThat(json(f.get("/api/search?q=" + enc("حديقة الرمال"))).path("hits").toString()).contains("park-opening.txt");
    boolean inAnEvent = false;
    for (JsonNode e : json(f.get("/api/events?limit=100")).path("items")) {
      JsonNode detail = json(f.get("/api/events/" + enc(e.path("id").asText())));
      if (detail.path("articles").toString().contains("park-opening.txt")) inAnEvent = true;
    }
    assertThat(inAnEvent).isTrue();
  }

  @Test
  void aBatchIsIngestedInOneRequest() throws Exception {
    String jsonl = "{\"title\":\"افتتاح مدرسة\",\"text\":\"افتتحت الوزارة مدرسة جديدة في قرية السنديان تتسع لخمسمئة طالب.\",\"outlet\":\"نشرة القرى\",\"published\":\"2023-09-03\"}\n"
        + "{\"title\":\"سوق جديد\",\"text\":\"دشنت البلدية سوقاً شعبياً جديداً قرب محطة الحافلات في وسط البلدة.\",\"outlet\":\"نشرة القرى\",\"published\":\"2023-09-04\"}\n";
    HttpResponse<String> r = f.post("/api/articles?name=villages.jsonl", ServerFixture.TOKEN, "application/x-ndjson",
        jsonl.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).path("added")).hasSize(2);
    assertThat(json(f.get("/api/search?outlet=" + enc("نشرة القرى"))).path("total").asInt()).isEqualTo(2);
  }

  @Test
  void unreadableBodyIs422AndBadNameIs400() throws Exception {
    HttpResponse<String> r = f.post("/api/articles?name=noise.txt", ServerFixture.TOKEN, "text/plain",
        "  \n\t\n  ".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(json(r).path("errors").size()).isPositive();
    assertErrorJson(f.post("/api/articles?name=" + enc("../../etc/passwd"), ServerFixture.TOKEN, "text/plain",
        "نص".getBytes(StandardCharsets.UTF_8)), 400);
    assertErrorJson(f.post("/api/articles", ServerFixture.TOKEN, "text/plain", new byte[0]), 400);
  }

  @Test
  void oversizedBodyIs413AndTheServerGoesOn() throws Exception {
    byte[] big = new byte[(int) MarsadServer.DEFAULT_MAX_BODY_BYTES + 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r;
    try {
      r = f.post("/api/articles?name=big.txt", ServerFixture.TOKEN, "text/plain", big);
    } catch (java.io.IOException e) {
      throw new AssertionError("the server should answer 413, not drop the connection: " + e, e);
    }
    assertErrorJson(r, 413);
    // a chunked body (no Content-Length) is counted as it is read
    HttpRequest chunked = HttpRequest.newBuilder(URI.create(f.base() + "/api/articles?name=big2.txt"))
        .header("Authorization", "Bearer " + ServerFixture.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
    assertErrorJson(f.http.send(chunked, HttpResponse.BodyHandlers.ofString()), 413);
    assertThat(f.get("/api/health").statusCode()).isEqualTo(200);
    assertThat(f.get("/api/articles/big.txt").statusCode()).isEqualTo(404);
  }

  private static JsonNode eventOf(String articleId) throws Exception {
    for (JsonNode e : json(f.get("/api/events?limit=100")).path("items")) {
      JsonNode detail = json(f.get("/api/events/" + enc(e.path("id").asText())));
      for (JsonNode a : detail.path("articles")) if (a.path("id").asText().equals(articleId)) return e;
    }
    throw new AssertionError("no event holds " + articleId);
  }
}
