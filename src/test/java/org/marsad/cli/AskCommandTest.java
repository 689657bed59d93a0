package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AskCommandTest {
  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cl = new CommandLine(new AskCommand(out));
    cl.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
    assertThat(cl.execute(args)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The contract's fields, one answer per disagreeing value, and each source's outlet beside it. */
  @Test
  void jsonFollowsTheContractAndNamesOutlets() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run("كم عدد المصابين في حادث القطار؟", "samples"));
    assertThat(root.path("question").asText()).isEqualTo("كم عدد المصابين في حادث القطار؟");
    assertThat(root.path("message").isNull()).isTrue();
    List<String> values = new ArrayList<>();
    for (JsonNode a : root.path("answers")) {
      values.add(a.path("value").asText());
      assertThat(a.path("holds_for").asText()).isEqualTo("2023-03");
      assertThat(a.path("text").asText()).contains(a.path("value").asText());
      assertThat(a.path("outlets").size()).isEqualTo(a.path("sources").size());
    }
    assertThat(values).contains("120", "135");
    JsonNode a135 = root.path("answers").findParents("value").stream().filter(a -> a.path("value").asText().equals("135")).findFirst().orElseThrow();
    int mirat = 0;
    while (!a135.path("sources").get(mirat).asText().equals("04_mirat_train.html")) mirat++;
    assertThat(a135.path("outlets").get(mirat).asText()).isEqualTo("مرآة الشرق");
  }

  @Test
  void unanswerableGivesIDontKnowWithNoAnswers() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run("كم عدد ضحايا الزلزال في المغرب؟", "samples"));
    assertThat(root.path("message").asText()).isEqualTo("لا أعرف");
    assertThat(root.path("answers").size()).isZero();
    assertThat(root.has("nearest")).isTrue();
  }

  @Test
  void textShowsTheRoleOfAPerson() {
    assertThat(run("من هو محافظ الواحة؟", "samples", "--format", "text")).contains("يوسف العامري، محافظ الواحة");
  }

  @Test
  void needsDataOrPaths() {
    CommandLine cl = new CommandLine(new AskCommand(new ByteArrayOutputStream()));
    cl.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
    assertThat(cl.execute("كم؟")).isEqualTo(2);
  }
}
