package org.marsad.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.model.Event;

/**
 * Not a test: serves the digested shared seeds and saves screenshots of the events list and of the event with the
 * most sources to {@code target/screenshots/seeds-*.png}, for a person to look at.
 * {@code ./mvnw test -Dtest=SeedsScreenshot}.
 */
class SeedsScreenshot {
  @Test
  void shoot(@TempDir Path data) throws Exception {
    Path seeds = Path.of(System.getProperty("marsad.shared", "../shared"), "corpus", "seeds");
    assumeTrue(Files.isDirectory(seeds) && Files.isExecutable(WebUiBrowserTest.CHROMIUM));
    Marsad.digest(new DigestRequest(List.of(seeds), data, null), Progress.NONE);
    try (Corpus corpus = Corpus.open(data);
        MarsadServer server = MarsadServer.start(corpus, MarsadServer.Options.loopback(0, "unused-token"));
        Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(WebUiBrowserTest.CHROMIUM)
          .setHeadless(true).setArgs(WebUiBrowserTest.ARGS));
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
      String base = "http://127.0.0.1:" + server.port();
      Files.createDirectories(WebUiBrowserTest.SHOTS);
      page.navigate(base + "/");
      page.screenshot(new Page.ScreenshotOptions().setPath(WebUiBrowserTest.SHOTS.resolve("seeds-events.png")).setFullPage(true));
      Corpus.Snapshot s = corpus.snapshot();
      Event biggest = s.events().stream().max(java.util.Comparator.comparingInt(s::sourceCount)).orElseThrow();
      page.navigate(base + Html.internalPath("/events/", biggest.id()));
      page.screenshot(new Page.ScreenshotOptions().setPath(WebUiBrowserTest.SHOTS.resolve("seeds-event.png")).setFullPage(true));
      System.out.println("seeds: " + s.articlesById().size() + " articles, " + s.events().size() + " events; biggest "
          + biggest.id() + " sources=" + s.sourceCount(biggest) + " conflicts=" + biggest.conflicts().size());
      browser.close();
    }
  }
}
