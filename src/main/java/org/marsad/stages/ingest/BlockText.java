package org.marsad.stages.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an element as paragraphs: a block element or a {@code <br>} ends a paragraph, runs of
 * whitespace become one space. Iterative (jsoup's traversor), so deep nesting cannot overflow the stack.
 */
final class BlockText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "section", "article", "header", "footer", "aside", "nav", "main", "table", "thead", "tbody", "tr", "td", "th",
      "figure", "figcaption", "form", "hr", "address", "center", "caption", "details", "summary", "body", "html");
  private static final Set<String> INVISIBLE = Set.of(
      "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button");

  private BlockText() {}

  /** Paragraphs in reading order, each trimmed and non-empty. */
  static List<String> paragraphs(Element root) {
    Collector c = new Collector();
    NodeTraversor.filter(c, root);
    c.flush();
    return c.paragraphs;
  }

  private static final class Collector implements NodeFilter {
    final List<String> paragraphs = new ArrayList<>();
    final StringBuilder current = new StringBuilder();

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendCollapsed(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (INVISIBLE.contains(tag)) return FilterResult.SKIP_ENTIRELY;
        if (tag.equals("br") || BLOCKS.contains(tag)) flush();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush();
      return FilterResult.CONTINUE;
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isWhitespace(ch) || ch == '\u00A0') {
          if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') current.append(' ');
        } else {
          current.append(ch);
        }
      }
    }

    void flush() {
      int end = current.length();
      while (end > 0 && current.charAt(end - 1) == ' ') end--;
      if (end > 0) paragraphs.add(current.substring(0, end));
      current.setLength(0);
    }
  }
}
