package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in Debian's Chromium, driven by Playwright, over the digested samples. Skips when
 * {@code /usr/bin/chromium} is absent. Screenshots go to {@code target/screenshots/}.
 */
class WebUiBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");

  @TempDir static Path data;
  static ServerFixture f;
  static Playwright playwright;
  static Browser browser;
  BrowserContext context;
  Page page;
  final Queue<String> dialogs = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser tests skipped");
    f = new ServerFixture(data);
    // an article built to run script if anything were rendered unescaped
    String trap = "فخ | أخبار\n\n<script>window.__xss = 1</script> افتتح المتحف الوطني جناحاً جديداً للمخطوطات "
        + "<img src=x onerror=\"window.__xss = 2\"> ويضم الجناح 300 مخطوطة \u202Eمعكوسة\u202C نادرة.\n";
    f.post("/api/articles?name=xss-trap.txt", ServerFixture.TOKEN, "text/plain", trap.getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(SHOTS);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (f != null) f.close();
  }

  @BeforeEach
  void newPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("ar"));
    page = context.newPage();
    page.onDialog(d -> {
      dialogs.add(d.type() + ": " + d.message());
      d.dismiss();
    });
  }

  @AfterEach
  void closePage() {
    if (context != null) context.close();
    assertThat(dialogs).as("no script may open a dialog").isEmpty();
  }

  void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
  }

  @Test
  void eventsListShowsEveryEventRightToLeft() throws Exception {
    page.navigate(f.base() + "/");
    assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
    int events = ApiTest.JSON.readTree(f.get("/api/health").body()).path("events").asInt();
    assertThat(page.locator("li.event").count()).isEqualTo(Math.min(events, Pages.EVENTS_PER_PAGE));
    for (String n : page.locator("li.event .outlets").allInnerTexts()) assertThat(n).matches("\\d+ (مصدر|مصادر)");
    assertThat(page.evaluate("getComputedStyle(document.body).direction")).isEqualTo("rtl");
    shot("events.png");
  }

  @Test
  void eventsListIsReadableOnAPhone() {
    BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("ar"));
    try {
      Page p = phone.newPage();
      p.navigate(f.base() + "/");
      // nothing wider than the screen: no sideways scrolling
      assertThat(((Number) p.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
      p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("events-phone.png")).setFullPage(true));
    } finally {
      phone.close();
    }
  }

  @Test
  void clickingAnEventShowsItsBriefArticlesAndTimeline() throws Exception {
    page.navigate(f.base() + "/");
    page.locator("li.event a", new Page.LocatorOptions().setHasText("قطار")).first().click();
    page.waitForURL("**/events/**");
    assertThat(page.locator("h1").innerText()).contains("قطار");
    assertThat(page.locator("dl.brief dt").allInnerTexts()).contains("متى", "أين", "من", "ماذا");
    assertThat(page.locator("section.articles li").count()).isGreaterThan(1);
    assertThat(page.locator("section.timeline li").count()).isPositive();
    shot("event.png");

    // wherever the grouper found conflicts, the page shows the claims side by side, each with its marked words
    for (JsonNode e : ApiTest.JSON.readTree(f.get("/api/events?conflicts=true&limit=100").body()).path("items")) {
      page.navigate(f.base() + Html.internalPath("/events/", e.path("id").asText()));
      assertThat(page.locator(".conflict").count()).isEqualTo(e.path("conflictCount").asInt());
      assertThat(page.locator(".conflict .claim").count()).isGreaterThanOrEqualTo(2);
      assertThat(page.locator(".conflict .claim mark").count()).isGreaterThanOrEqualTo(2);
      shot("event-conflicts.png");
    }
  }

  @Test
  void searchReturnsHighlightedHits() {
    page.navigate(f.base() + "/");
    page.locator("header form.search input[name=q]").fill("قطار");
    page.locator("header form.search button").click();
    page.waitForURL("**/search?q=**");
    assertThat(page.locator("li.hit").count()).isPositive();
    assertThat(page.locator("li.hit .snippet mark").first().innerText()).contains("قطار");
    shot("search.png");

    // the filter form: one outlet, newest first
    page.navigate(f.base() + "/search");
    page.locator("form.filters input[name=q]").fill("قطار");
    page.locator("form.filters input[name=outlet]").fill("مرآة الشرق");
    page.locator("form.filters select[name=sort]").selectOption("date");
    page.locator("form.filters button").click();
    page.waitForURL("**outlet=**");
    assertThat(page.locator("li.hit").count()).isPositive();
    for (String meta : page.locator("li.hit .meta").allInnerTexts()) assertThat(meta).contains("مرآة الشرق");

    page.navigate(f.base() + "/search?q=" + ApiTest.enc("قطار AND ("));
    assertThat(page.locator(".message.error").innerText()).contains("cannot understand the query");
  }

  @Test
  void articleViewHighlightsEntities() {
    page.navigate(f.base() + "/articles/" + ApiTest.enc("04_mirat_train.html"));
    assertThat(page.locator(".body p").count()).isPositive();
    assertThat(page.locator(".body mark").count()).isPositive();
    shot("article.png");
  }

  @Test
  void hostileArticlesShowTheirMarkupAsTextAndRunNothing() {
    for (String id : List.of("xss-trap.txt", "hostile.txt")) {
      page.navigate(f.base() + "/articles/" + id);
      assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
      assertThat(page.locator("main script, main img, main [onerror], main a[href^='javascript']").count()).isZero();
      assertThat(page.locator(".body").innerText()).contains("<script>");
      assertThat(page.locator("main").innerText()).contains("[U+202E]");
    }
    assertThat(page.locator(".body").innerText()).contains("javascript:alert");
    shot("article-hostile.png");
    page.navigate(f.base() + "/search?q=" + ApiTest.enc("المتحف"));
    assertThat(page.locator("li.hit").count()).isPositive();
    assertThat(page.evaluate("typeof window.__xss")).isEqualTo("undefined");
  }

  @Test
  void askShowsTheDisagreeingAnswersWithTheirSources() {
    page.navigate(f.base() + "/");
    page.locator("header form.ask input[name=q]").fill("كم عدد المصابين في حادث القطار؟");
    page.locator("header form.ask button").click();
    page.waitForURL("**/ask?q=**");
    String main = page.locator("main").innerText();
    assertThat(main).contains("135").contains("120").contains("المصادر لا تتفق");
    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/ask.png")).setFullPage(true));
  }
}
