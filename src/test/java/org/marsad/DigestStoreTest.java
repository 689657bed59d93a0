package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.store.ArticleJson;
import org.marsad.store.LuceneArticleStore;

/** The store, written beside the corpus steps from the events on, holds exactly the digest's final articles, in order. */
class DigestStoreTest {
  @Test
  void storeHoldsTheDigestsArticlesInOrderWithTheirInferredDates(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    // one story told twice, the second copy without a date: grouping gives it its event's date
    String body = "أعلنت وزارة الصحة في مدينة الزهراء افتتاح مستشفى جديد للأطفال يضم 120 سريرا، وقال الوزير خالد "
        + "المنصوري إن المستشفى سيخدم سكان المنطقة الشمالية كلها، وإن العمل فيه بدأ بعد عامين من البناء.";
    Path feed = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"title\": \"افتتاح مستشفى للأطفال\", \"outlet\": \"الأولى\", \"published\": \"2025-05-04T10:00\", \"text\": \"" + body + "\"}\n"
            + "{\"title\": \"مستشفى جديد للأطفال\", \"outlet\": \"الثانية\", \"text\": \"" + body + " وحضر الافتتاح عدد من المسؤولين.\"}\n",
        StandardCharsets.UTF_8);
    Digest digest = Marsad.digest(new DigestRequest(List.of(Path.of("samples"), feed), data, null), Progress.NONE);
    assertThat(digest.articles()).hasSizeGreaterThan(12);
    assertThat(digest.articles()).anySatisfy(a -> assertThat(a.meta().publishedInferred()).isEqualTo("2025-05-04"));

    List<String> stored = new ArrayList<>();
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      store.forEach(a -> stored.add(ArticleJson.toJson(a)));
    }
    List<String> expected = new ArrayList<>();
    for (Article a : digest.articles()) expected.add(ArticleJson.toJson(a));
    assertThat(stored).containsExactlyElementsOf(expected);
  }

  @Test
  void aStoreThatCannotBeOpenedFailsTheDigestAfterGroupingEnds(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Marsad.digest(new DigestRequest(List.of(Path.of("samples")), notADirectory, null), Progress.NONE))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("is a file");
  }
}
