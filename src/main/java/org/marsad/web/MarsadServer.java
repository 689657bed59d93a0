package org.marsad.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.marsad.ask.AskResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Story;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchJson;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchSort;
import org.marsad.store.ArticleJson;

/**
 * {@code marsad serve}: the REST API under {@code /api} and the web pages, over one {@link Corpus}.
 *
 * <p>Safe by default: reads are open, writes need the token ({@code Authorization: Bearer T} or
 * {@code X-Marsad-Token: T}); bodies over {@link Options#maxBodyBytes} get 413 and pages are capped at
 * {@value #MAX_PAGE} items; every error is JSON {@code {"message": …}} (HTML on pages), never a stack trace; pages
 * carry a Content-Security-Policy that allows no script at all.
 */
public final class MarsadServer implements Closeable {
  public static final int MAX_PAGE = 100;
  public static final int DEFAULT_PAGE = 20;
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
  private static final String MESSAGE = "marsad.message";
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";
  private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,120}");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /**
   * @param bind address to listen on ({@code 127.0.0.1} unless told otherwise)
   * @param port 0 picks a free port
   * @param token what writes must present; never blank
   */
  public record Options(String bind, int port, String token, long maxBodyBytes) {
    public Options {
      Objects.requireNonNull(bind, "bind");
      if (token == null || token.isBlank()) throw new IllegalArgumentException("a write token is required");
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port);
      if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes);
    }

    public static Options loopback(int port, String token) {
      return new Options("127.0.0.1", port, token, DEFAULT_MAX_BODY_BYTES);
    }
  }

  private final Corpus corpus;
  private final Options options;
  private final byte[] tokenBytes;
  private final byte[] css;
  private final byte[] openApi;
  private final Javalin app;

  private MarsadServer(Corpus corpus, Options options) {
    this.corpus = corpus;
    this.options = options;
    this.tokenBytes = options.token().getBytes(StandardCharsets.UTF_8);
    this.css = resource("marsad.css");
    this.openApi = resource("openapi.json");
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = options.bind();
      config.jetty.port = options.port();
      config.http.maxRequestSize = options.maxBodyBytes();
      config.routes.before(MarsadServer::securityHeaders);

      config.routes.get("/api/health", this::health);
      config.routes.get("/api/events", this::apiEvents);
      config.routes.get("/api/events/{id}", this::apiEvent);
      config.routes.get("/api/stories/{id}", this::apiStory);
      config.routes.get("/api/articles/{id}", this::apiArticle);
      config.routes.post("/api/articles", this::apiIngest);
      config.routes.get("/api/search", this::apiSearch);
      config.routes.get("/api/ask", ctx -> {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
          json(ctx, 400, new ApiViews.Message("ask needs a question: /api/ask?q=…"));
          return;
        }
        AskResult r = ask(q);
        json(ctx, 200, new ApiViews.AskView(r.question(), r.message(), r.answers().stream()
            .map(a -> new ApiViews.AnswerView(a.value(), a.text(), a.holdsFor(), a.sources())).toList(), r.nearest()));
      });
      config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));

      config.routes.get("/static/marsad.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
      config.routes.get("/", this::pageEvents);
      config.routes.get("/events/{id}", this::pageEvent);
      config.routes.get("/stories/{id}", this::pageStory);
      config.routes.get("/articles/{id}", this::pageArticle);
      config.routes.get("/search", this::pageSearch);
      config.routes.get("/ask", ctx -> {
        String q = ctx.queryParam("q");
        html(ctx, 200, Pages.ask(q, q == null || q.isBlank() ? null : ask(q)));
      });

      config.routes.exception(QuerySyntaxException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
      config.routes.exception(BadRequest.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("marsad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        fail(ctx, 500, "internal error: the server could not answer this request");
      });
      config.routes.error(404, "*", ctx -> {
        String message = ctx.attribute(MESSAGE);
        if (message == null) message = "no such resource: " + ctx.path();
        if (isApi(ctx)) {
          json(ctx, 404, new ApiViews.Message(message));
        } else {
          html(ctx, 404, Pages.message("غير موجود", message));
        }
      });
    });
  }

  /** Starts listening; {@link #port()} tells where. */
  public static MarsadServer start(Corpus corpus, Options options) {
    MarsadServer server = new MarsadServer(corpus, options);
    server.app.start();
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A client error with its status and a message for the client. */
  static final class BadRequest extends RuntimeException {
    final int status;

    BadRequest(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  private static void fail(Context ctx, int status, String message) {
    ctx.attribute(MESSAGE, message); // a 404 is rendered again by the 404 handler, with this message
    if (isApi(ctx) || !"GET".equals(ctx.method().name())) {
      json(ctx, status, new ApiViews.Message(message));
    } else {
      html(ctx, status, Pages.message("خطأ", message));
    }
  }

  private static void notFound(Context ctx, String message) {
    ctx.attribute(MESSAGE, message);
    ctx.status(404);
  }

  private AskResult ask(String question) {
    return org.marsad.Marsad.ask(question, corpus.snapshot().askIndex()); // the snapshot indexes its articles once
  }

  private static void json(Context ctx, int status, Object body) {
    String text;
    try {
      text = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    ctx.status(status).contentType("application/json; charset=utf-8").result(text);
  }

  private static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  private static byte[] resource(String name) {
    try (InputStream in = MarsadServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource org/marsad/web/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reads

  private void health(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    json(ctx, 200, new Health("ok", s.articlesById().size(), s.events().size(), s.storiesById().size()));
  }

  record Health(String status, int articles, int events, int stories) {}

  private void apiEvents(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Math.min(MAX_PAGE, intParam(ctx, "limit", DEFAULT_PAGE, 1, Integer.MAX_VALUE));
    String outlet = ctx.queryParam("outlet");
    LocalDate from = dateParam(ctx, "from");
    LocalDate to = dateParam(ctx, "to");
    boolean conflictsOnly = "true".equalsIgnoreCase(ctx.queryParam("conflicts"));
    List<ApiViews.EventSummary> matching = new ArrayList<>();
    for (Event e : s.events()) {
      if (conflictsOnly && e.conflicts().isEmpty()) continue;
      if (outlet != null && !outlet.isBlank() && !s.outlets(e).contains(outlet.strip())) continue;
      if ((from != null || to != null) && !inRange(e.when(), from, to)) continue;
      matching.add(ApiViews.summary(s, e));
    }
    int start = Math.min(offset, matching.size());
    json(ctx, 200, new ApiViews.Page<>(matching.size(), offset, limit,
        matching.subList(start, Math.min(matching.size(), start + limit))));
  }

  private static boolean inRange(String when, LocalDate from, LocalDate to) {
    if (when == null || when.length() < 10) return false;
    String day = when.substring(0, 10);
    return (from == null || day.compareTo(from.toString()) >= 0) && (to == null || day.compareTo(to.toString()) <= 0);
  }

  private void apiEvent(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    String id = ctx.pathParam("id");
    Event e = s.event(id);
    if (e == null) {
      notFound(ctx, "no event with id " + id);
      return;
    }
    // an event merged into another answers with that one; the header names where it lives now
    if (!e.id().equals(id)) ctx.header("Content-Location", "/api/events/" + e.id());
    json(ctx, 200, ApiViews.detail(s, e));
  }

  private void apiStory(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    String id = ctx.pathParam("id");
    Story story = s.storiesById().get(id);
    if (story == null) {
      notFound(ctx, "no story with id " + id);
      return;
    }
    json(ctx, 200, ApiViews.story(s, story));
  }

  private void apiArticle(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<Article> a = corpus.article(id);
    if (a.isEmpty()) {
      notFound(ctx, "no article with id " + id);
      return;
    }
    ctx.status(200).contentType("application/json; charset=utf-8").result(ArticleJson.toJson(a.get()));
  }

  private void apiSearch(Context ctx) throws IOException {
    SearchResult r = corpus.search().search(searchQuery(ctx));
    ctx.status(200).contentType("application/json; charset=utf-8").result(SearchJson.toJson(r));
  }

  private SearchQuery searchQuery(Context ctx) {
    String sortParam = ctx.queryParam("sort");
    SearchSort sort;
    if (sortParam == null || sortParam.isBlank() || sortParam.equalsIgnoreCase("relevance")) {
      sort = SearchSort.RELEVANCE;
    } else if (sortParam.equalsIgnoreCase("date")) {
      sort = SearchSort.DATE;
    } else {
      throw new BadRequest(400, "sort must be relevance or date, got " + sortParam);
    }
    int offset = intParam(ctx, "offset", 0, 0, 100_000);
    int limit = Math.min(SearchQuery.MAX_LIMIT, intParam(ctx, "limit", SearchQuery.DEFAULT_LIMIT, 1, Integer.MAX_VALUE));
    String event = ctx.queryParam("event");
    java.util.Set<String> ids = null;
    if (event != null && !event.isBlank()) {
      Event e = corpus.snapshot().event(event.strip());
      if (e == null) throw new BadRequest(404, "no event with id " + event);
      ids = new java.util.HashSet<>(e.articleIds());
    }
    try {
      return new SearchQuery(ctx.queryParam("q"), ctx.queryParam("outlet"), dateParam(ctx, "from"),
          dateParam(ctx, "to"), ctx.queryParam("entity"), ids, sort, offset, limit);
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, e.getMessage());
    }
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) throw new BadRequest(400, name + " must be between " + min + " and " + max + ", got " + n);
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(400, name + " must be a whole number, got " + v);
    }
  }

  private static LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest(400, name + " must be a date of the form YYYY-MM-DD, got " + v);
    }
  }

  // ---- writes

  private void apiIngest(Context ctx) throws IOException {
    if (!authorised(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      json(ctx, 401, new ApiViews.Message("writes need the server's token: Authorization: Bearer <token>"));
      return;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxBodyBytes()) {
      json(ctx, 413, new ApiViews.Message(tooLarge()));
      return;
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBodyBytes() + 1));
    }
    if (body.length > options.maxBodyBytes()) {
      json(ctx, 413, new ApiViews.Message(tooLarge()));
      return;
    }
    if (body.length == 0) throw new BadRequest(400, "empty body: send one article file (text, HTML, RSS/Atom, JSONL, WARC, TREC)");
    String name = fileName(ctx.queryParam("name"), ctx.contentType(), body);
    Path dir = Files.createTempDirectory("marsad-upload");
    Path file = dir.resolve(name);
    Corpus.IngestReport report;
    try {
      Files.write(file, body);
      report = corpus.ingest(List.of(file));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
    int status = !report.added().isEmpty() ? 201 : report.unchanged().isEmpty() ? 422 : 200;
    json(ctx, status, report);
  }

  private String tooLarge() {
    return "request body larger than " + options.maxBodyBytes() + " bytes";
  }

  private boolean authorised(Context ctx) {
    String presented = ctx.header("X-Marsad-Token");
    String auth = ctx.header("Authorization");
    if (presented == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) presented = auth.substring(7).strip();
    // constant time: the comparison does not tell how much of the token was right
    return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), tokenBytes);
  }

  /**
   * The upload's file name: {@code ?name=} when it is a plain file name (the article id comes from it), else
   * {@code upload-<hash>} with an extension from the content type, so the same body gets the same id.
   */
  static String fileName(String requested, String contentType, byte[] body) {
    if (requested != null) {
      String base = requested.strip();
      if (!SAFE_NAME.matcher(base).matches()) {
        throw new BadRequest(400, "name must be a plain file name (letters, digits, . _ -), got " + requested);
      }
      return base.indexOf('.') > 0 ? base : base + extension(contentType);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "upload-" + HexFormat.of().formatHex(digest, 0, 8) + extension(contentType);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static String extension(String contentType) {
    String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) t = t.substring(0, semi);
    return switch (t.strip()) {
      case "text/html", "application/xhtml+xml" -> ".html";
      case "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" -> ".xml";
      case "application/jsonl", "application/x-ndjson", "application/json", "application/x-jsonlines" -> ".jsonl";
      case "application/warc" -> ".warc";
      case "application/zip" -> ".zip";
      default -> ".txt";
    };
  }

  // ---- pages

  private void pageEvents(Context ctx) {
    int page = intParam(ctx, "page", 0, 0, 1_000_000);
    html(ctx, 200, Pages.events(corpus.snapshot(), page));
  }

  private void pageEvent(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    String id = ctx.pathParam("id");
    Event e = s.event(id);
    if (e == null) {
      notFound(ctx, "لا حدث بهذا المعرّف");
      return;
    }
    if (!e.id().equals(id)) ctx.header("Content-Location", "/events/" + e.id());
    html(ctx, 200, Pages.event(s, e));
  }

  private void pageStory(Context ctx) {
    Corpus.Snapshot s = corpus.snapshot();
    Story story = s.storiesById().get(ctx.pathParam("id"));
    if (story == null) {
      notFound(ctx, "لا قصة بهذا المعرّف");
      return;
    }
    html(ctx, 200, Pages.story(s, story));
  }

  private void pageArticle(Context ctx) throws IOException {
    Optional<Article> a = corpus.article(ctx.pathParam("id"));
    if (a.isEmpty()) {
      notFound(ctx, "لا خبر بهذا المعرّف");
      return;
    }
    html(ctx, 200, Pages.article(a.get()));
  }

  private void pageSearch(Context ctx) throws IOException {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    for (String p : Pages.SEARCH_PARAMS) {
      String v = ctx.queryParam(p);
      if (v != null && !v.isBlank()) params.put(p, v);
    }
    if (params.isEmpty()) {
      html(ctx, 200, Pages.search(params, null, null));
      return;
    }
    try {
      html(ctx, 200, Pages.search(params, corpus.search().search(searchQuery(ctx)), null));
    } catch (QuerySyntaxException | BadRequest e) {
      html(ctx, 400, Pages.search(params, null, e.getMessage()));
    }
  }

}
