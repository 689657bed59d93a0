package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 concurrent readers plus a writer on loopback for {@code marsad.stress.seconds} (default 10; the issue asks for
 * 30 in CI): no failed request, and every article the writer was told was added can be read back afterwards.
 */
class ConcurrencyTest {
  static final int READERS = 200;

  @Test
  void readsAndIngestsTogetherLoseNothing(@TempDir Path data) throws Exception {
    long seconds = Long.getLong("marsad.stress.seconds", 10);
    try (ServerFixture f = new ServerFixture(data)) {
      int before = ApiTest.JSON.readTree(f.get("/api/health").body()).path("articles").asInt();
      String eventId = ApiTest.JSON.readTree(f.get("/api/events?limit=1").body()).path("items").get(0).path("id").asText();
      List<String> reads = List.of("/api/health", "/api/events?limit=20", "/api/events/" + eventId,
          "/api/search?q=" + ApiTest.enc("قطار"), "/api/articles/03_raed_train.txt", "/", "/events/" + eventId,
          "/search?q=" + ApiTest.enc("المياه"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      Queue<String> added = new ConcurrentLinkedQueue<>();
      AtomicLong readCount = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
      for (int t = 0; t < READERS; t++) {
        int offset = t;
        pool.submit(() -> {
          int i = offset;
          while (System.nanoTime() < deadline && failures.size() < 20) {
            String path = reads.get(i++ % reads.size());
            try {
              HttpResponse<String> r = f.get(path);
              if (r.statusCode() != 200) failures.add(path + " -> " + r.statusCode() + " " + r.body());
              readCount.incrementAndGet();
            } catch (Exception e) {
              failures.add(path + " -> " + e);
            }
          }
        });
      }
      pool.submit(() -> {
        int n = 0;
        while (System.nanoTime() < deadline && failures.size() < 20) {
          n++;
          String name = "stress-" + n + ".txt";
          String text = "نشرة الحي | أخبار\n\nافتتحت البلدية المركز الثقافي رقم " + n + " في الحي " + (n * 7)
              + " وقالت إن المركز يضم " + (n * 13) + " كتاباً وقاعة للمحاضرات.\n";
          try {
            HttpResponse<String> r = f.post("/api/articles?name=" + name, ServerFixture.TOKEN, "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
            if (r.statusCode() == 201) {
              added.add(name);
            } else {
              failures.add("POST " + name + " -> " + r.statusCode() + " " + r.body());
            }
          } catch (Exception e) {
            failures.add("POST " + name + " -> " + e);
          }
        }
      });
      pool.shutdown();
      assertThat(pool.awaitTermination(seconds + 60, TimeUnit.SECONDS)).isTrue();

      assertThat(failures).isEmpty();
      assertThat(added).isNotEmpty();
      assertThat(readCount.get()).isGreaterThan(READERS);
      for (String name : added) assertThat(f.get("/api/articles/" + name).statusCode()).as(name).isEqualTo(200);
      int after = ApiTest.JSON.readTree(f.get("/api/health").body()).path("articles").asInt();
      assertThat(after).isEqualTo(before + added.size());
      System.out.printf("concurrency: %d s, %d reads by %d readers, %d articles ingested%n",
          seconds, readCount.get(), READERS, added.size());
    }
  }
}
