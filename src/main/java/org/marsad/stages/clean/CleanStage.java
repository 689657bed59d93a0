package org.marsad.stages.clean;

import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;

/**
 * The clean stage: body paragraphs without page furniture, as spans into the original text, and the title, outlet,
 * author and publication time the page states. Metadata from the source format is kept; only null fields are filled.
 * A thin adapter over {@link PageCleaner}.
 */
public final class CleanStage implements Stage {
  private final PageCleaner cleaner = new PageCleaner();

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.BODY, Layer.METADATA);
  }

  @Override
  public Article process(Article article, StageContext context) {
    try {
      CleanResult r = cleaner.clean(article.text(), article.meta(), context == null ? null : context.referenceDate());
      Metadata found = new Metadata(r.title(), r.outlet(), r.author(), null, r.published(), null, null, r.updated());
      return article.withBody(r.body()).withMeta(article.meta().orElse(found));
    } catch (RuntimeException e) {
      return article.withProblem(new Problem(name(), null, "cleaning failed: " + e));
    }
  }
}
