package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.testing.RandomText;

/** The trigger prefilter of {@link DateStage} finds exactly what a pass over every token finds. */
class DateWindowsTest {
  private static final LocalDate REF = LocalDate.of(2018, 4, 9);
  private static final String[] PIECES = {
    "قال", "الوزير", "إن", "اليوم", "الإثنين", "أمس", "الأول", "أول", "منذ", "قبل", "بعد", "3", "٤٣٦", "سنوات", "ثلاثة",
    "وعشرين", "اعوام", "عاما", "عام", "العام", "2014", "2014-2017", "28-06-2021", "حزيران", "كانون", "الثاني", "فبراير",
    "الـ", "82", "ـ", "\u064B", "\u200F", "ﻻ", "الماضي", "المقبل", "الجاري", "الجمعة", "الثالثة", "يوم", "الأسبوع",
    "هذا", "الشهر", "الثامن", "من", "مايو", "آب", "في", "م", "هـ", "رمضان", "1442", "(", ")", "،", ".", "-", "/", "\n",
    " ", "  ", "x", "الخميس", "4", "الثمانينات", "القرن", "العشرين", "حاليا", "الآن"};

  @Test
  void noTriggerNoWindow() {
    DateTriggers t = new DateTriggers(List.of("اليوم", "مايو"));
    assertThat(t.windows("وصل الوفد إلى العاصمة", 0, 21)).isEmpty();
  }

  @Test
  void windowReachesChunksAroundTheTrigger() {
    DateTriggers t = new DateTriggers(List.of("مايو"));
    String s = "a b c d e f g h i j k l مايو m n o p q r s t u v w";
    int[] w = t.windows(s, 0, s.length());
    assertThat(w).hasSize(2);
    assertThat(s.substring(w[0], w[1])).isEqualTo("i j k l مايو m n");
  }

  @Test
  void aTimeUnitTriggersOnlyShortlyAfterItsCue() {
    DateTriggers t = new DateTriggers(List.of("مايو"), List.of("منذ"), List.of("أعوام"));
    assertThat(t.windows("استمر الحصار ثلاثة أعوام", 0, 24)).isEmpty();
    String s = "غادر منذ نحو ثلاثة أعوام";
    assertThat(t.windows(s, 0, s.length())).containsExactly(0, s.length());
    String far = "منذ أن غادر الجيش المدينة قبل أعوام";
    assertThat(t.windows(far, 0, far.length())).isEmpty();
  }

  @Test
  void cliticAndSpellingVariantsTrigger() {
    DateTriggers t = new DateTriggers(List.of("الاثنين"));
    assertThat(t.windows("وقع الحادث والإثنين", 0, 19)).hasSize(2);
    assertThat(t.windows("وقع الحادث الإثنيـن", 0, 19)).hasSize(2);
  }

  @Test
  void aChunkEndingInTatweelStaysWithTheNumber() {
    DateTriggers t = new DateTriggers(List.of("مايو"));
    String s = "a b الـ CNN c d e مايو";
    int[] w = t.windows(s, 0, s.length());
    assertThat(s.substring(w[0], w[1])).isEqualTo("الـ CNN c d e مايو");
  }

  @Test
  void sameMentionsAsEveryTokenOnRandomPieces() {
    RandomText.forAll("windowed = everywhere", 7, 2000, r -> {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int k = 0; k < n; k++) sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(5) == 0 ? "" : " ");
      return sb.toString();
    }, RandomText::literal, s -> {
      assertThat(DateStage.find(s, REF)).isEqualTo(DateStage.findEverywhere(s, REF));
      assertThat(DateStage.find(s, null)).isEqualTo(DateStage.findEverywhere(s, null));
    });
  }

  @Test
  void sameMentionsAsEveryTokenOnAnt() {
    Path ant = SharedData.require("data/ant-corpus-multisource-2018-04");
    List<Article> raw = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(ant), raw::add, e -> {});
    CleanStage clean = new CleanStage();
    int paragraphs = 0, mentions = 0;
    for (Article a : raw) {
      Article c = clean.process(a, StageContext.NONE);
      for (Span s : c.body()) {
        String p = s.of(c.text());
        var found = DateStage.find(p, REF);
        assertThat(found).as(p).isEqualTo(DateStage.findEverywhere(p, REF));
        paragraphs++;
        mentions += found.size();
      }
    }
    System.out.printf("windowed = everywhere on %d ANT paragraphs, %d date mentions%n", paragraphs, mentions);
    assertThat(mentions).isGreaterThan(1000);
  }
}
