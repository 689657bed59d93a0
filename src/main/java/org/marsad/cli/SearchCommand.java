package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.LiveGrouping;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.search.ArticleSearch;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchJson;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResult;
import org.marsad.search.SearchSort;
import org.marsad.store.LuceneArticleStore;
import org.marsad.web.AssignmentFile;
import org.marsad.web.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search QUERY [--data DIR] [--from …] [--to …] [--outlet …] [--entity …] [--sort …] [--format …]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the stored articles (Lucene query syntax over title and body: words are ANDed, "
        + "\"…\" is a phrase, OR, -word, prefix*).")
public final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;

  enum Sort { relevance, date }

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Free text; empty lists every article that passes the filters.")
  String query = "";

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory. Default: ~/.marsad/data.")
  Path data;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class, description = "Published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class, description = "Published on or before this day.")
  LocalDate to;

  @Option(names = "--outlet", description = "Only this outlet (exact name).")
  String outlet;

  @Option(names = "--entity", description = "Only articles naming this entity (its text or canonical name).")
  String entity;

  @Option(names = "--event", paramLabel = "ID", description = "Only the articles of this event (ids as in 'marsad digest' and the API).")
  String event;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (newest first). Default: ${DEFAULT-VALUE}.")
  Sort sort;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page, 1..100. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip. Default: ${DEFAULT-VALUE}.")
  int offset;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchQuery q;
    try {
      q = new SearchQuery(query, outlet, from, to, entity,
          sort == Sort.date ? SearchSort.DATE : SearchSort.RELEVANCE, offset, limit);
    } catch (IllegalArgumentException e) {
      err.println("marsad search: " + e.getMessage());
      return Main.USAGE;
    }
    Path dir = data != null ? data : LuceneArticleStore.defaultDirectory();
    try (ArticleSearch search = ArticleSearch.open(dir)) {
      if (event != null) {
        Set<String> members = eventMembers(dir, search, event);
        if (members.isEmpty()) {
          err.println("marsad search: no event with id " + event);
          return Main.USAGE;
        }
        q = q.withArticleIds(members);
      }
      SearchResult result = search.search(q);
      if (format == Format.json) {
        out.println(SearchJson.toJson(result));
      } else {
        printText(result, out);
      }
      out.flush();
      return Main.OK;
    } catch (QuerySyntaxException e) {
      err.println("marsad search: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("marsad search: " + e.getMessage());
      return Main.SOME_INPUTS_FAILED;
    }
  }

  /**
   * The articles of an event: from the server's saved assignment when the data folder has one (its event ids, merged
   * ids followed, no regrouping), else by grouping the stored articles as the server's first grouping does.
   */
  static Set<String> eventMembers(Path dir, ArticleSearch search, String eventId) throws IOException {
    Optional<LiveGrouping.Assignments> saved = AssignmentFile.read(AssignmentFile.in(dir));
    if (saved.isPresent()) {
      Map<String, String> aliases = saved.get().aliases();
      String id = eventId;
      for (int hops = 0; aliases.containsKey(id) && hops <= aliases.size(); hops++) id = aliases.get(id);
      Set<String> out = new HashSet<>();
      for (LiveGrouping.Placement p : saved.get().arrivals()) if (p.eventId().equals(id)) out.add(p.articleId());
      return out;
    }
    Event e = Corpus.group(search.all()).eventsById().get(eventId);
    return e == null ? Set.of() : new HashSet<>(e.articleIds());
  }

  static void printText(SearchResult result, PrintWriter out) {
    out.println(result.total() + " hit(s)" + (result.hits().isEmpty() ? "" : ", showing "
        + (result.query().offset() + 1) + "–" + (result.query().offset() + result.hits().size())));
    int n = result.query().offset();
    for (SearchHit h : result.hits()) {
      out.println();
      out.println(++n + ". " + (h.title() == null ? "(untitled)" : h.title()));
      out.println("   " + (h.outlet() == null ? "?" : h.outlet()) + " · " + (h.published() == null ? "undated" : h.published())
          + " · " + h.articleId());
      for (SearchHit.Snippet s : h.snippets()) out.println("   … " + marked(s) + " …");
    }
  }

  /** The snippet with each highlight between « and ». */
  static String marked(SearchHit.Snippet s) {
    StringBuilder sb = new StringBuilder();
    int at = s.span().start();
    String text = s.text();
    for (Span h : s.highlights()) {
      sb.append(text, at - s.span().start(), h.start() - s.span().start()).append('«')
          .append(text, h.start() - s.span().start(), h.end() - s.span().start()).append('»');
      at = h.end();
    }
    sb.append(text, at - s.span().start(), text.length());
    return sb.toString().replace('\n', ' ');
  }
}
