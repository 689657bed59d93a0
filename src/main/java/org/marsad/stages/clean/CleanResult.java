package org.marsad.stages.clean;

import java.util.List;
import org.marsad.model.Span;

/**
 * What the cleaner found on one page. Every field but {@code body} may be null.
 *
 * @param body body paragraphs as spans into the original text, in reading order
 * @param published ISO {@code yyyy-MM-dd'T'HH:mm} or {@code yyyy-MM-dd}
 * @param updated the page's update time, same form, when it gives one
 */
public record CleanResult(
    List<Span> body, String title, String outlet, String author, String published, String updated) {
  public CleanResult {
    body = List.copyOf(body);
  }
}
