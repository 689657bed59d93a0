package org.marsad.pipeline;

import java.util.Set;
import org.marsad.model.Article;

/**
 * One step over one article. It declares the layers it reads and the ones it adds, so that {@link Pipeline} can
 * refuse an order in which a stage would read what nothing produced (spaCy's requires/assigns).
 *
 * <p>A stage must not throw on bad text: it adds a {@link org.marsad.model.Problem} and returns what it could do.
 * An exception is still caught by the pipeline and reported for that article alone.
 */
public interface Stage {
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  Article process(Article article, StageContext context);
}
