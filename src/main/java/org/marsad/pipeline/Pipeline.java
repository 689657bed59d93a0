package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.model.Article;
import org.marsad.model.Problem;

/** Stages in order, checked when built: each stage's requirements are produced by ingest or an earlier stage. */
public final class Pipeline {
  /** What ingest hands to the first stage. */
  public static final Set<Layer> FROM_INGEST = EnumSet.of(Layer.TEXT);

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline, or throws {@link IllegalArgumentException} naming each unmet requirement, e.g.
   * "stage 'quotes' requires ENTITIES; no earlier stage produces it".
   */
  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer> available = EnumSet.copyOf(FROM_INGEST);
    List<String> unmet = new ArrayList<>();
    for (Stage stage : stages) {
      for (Layer needed : stage.requires()) {
        if (!available.contains(needed)) {
          unmet.add("stage '" + stage.name() + "' requires " + needed + "; no earlier stage produces it");
        }
      }
      available.addAll(stage.produces());
    }
    if (!unmet.isEmpty()) throw new IllegalArgumentException(String.join("\n", unmet));
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Layers present after the whole pipeline ran. */
  public Set<Layer> produces() {
    Set<Layer> all = EnumSet.copyOf(FROM_INGEST);
    for (Stage s : stages) all.addAll(s.produces());
    return all;
  }

  /**
   * Runs the article through every stage. A stage that throws is recorded as a problem on the article and the
   * article goes on with what it had before that stage.
   */
  public Article process(Article article, StageContext context) {
    Article current = article;
    for (Stage stage : stages) {
      try {
        current = stage.process(current, context);
      } catch (RuntimeException | StackOverflowError e) {
        current = current.withProblem(new Problem(stage.name(), null, describe(e)));
      }
    }
    return current;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  @Override
  public String toString() {
    return stages.stream().map(Stage::name).collect(Collectors.joining(" → ", "Pipeline[", "]"));
  }
}
