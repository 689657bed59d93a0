package org.marsad.model;

/**
 * What is known about an article besides its text. Every field may be null.
 *
 * @param published ISO-8601 local date-time as precise as the source says ({@code 2021-06-28T17:30},
 *     {@code 2021-06-28}); null when the text does not say
 * @param publishedInferred a date inferred later (from the article's event) when {@code published} is null
 * @param lead a publisher-written abstract, when the source format carries one (ANT {@code <ABSTRACT>})
 * @param updated when the page says it was last updated, same form as {@code published}
 */
public record Metadata(
    String title, String outlet, String author, String url, String published, String publishedInferred, String lead,
    String updated) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null);

  /** Without an update time: what most sources give. */
  public Metadata(String title, String outlet, String author, String url, String published, String publishedInferred, String lead) {
    this(title, outlet, author, url, published, publishedInferred, lead, null);
  }

  public Metadata withTitle(String v) { return new Metadata(v, outlet, author, url, published, publishedInferred, lead, updated); }
  public Metadata withOutlet(String v) { return new Metadata(title, v, author, url, published, publishedInferred, lead, updated); }
  public Metadata withAuthor(String v) { return new Metadata(title, outlet, v, url, published, publishedInferred, lead, updated); }
  public Metadata withUrl(String v) { return new Metadata(title, outlet, author, v, published, publishedInferred, lead, updated); }
  public Metadata withPublished(String v) { return new Metadata(title, outlet, author, url, v, publishedInferred, lead, updated); }
  public Metadata withPublishedInferred(String v) { return new Metadata(title, outlet, author, url, published, v, lead, updated); }
  public Metadata withLead(String v) { return new Metadata(title, outlet, author, url, published, publishedInferred, v, updated); }
  public Metadata withUpdated(String v) { return new Metadata(title, outlet, author, url, published, publishedInferred, lead, v); }

  /** Fills each null field of this from {@code other}. */
  public Metadata orElse(Metadata other) {
    return new Metadata(
        title != null ? title : other.title,
        outlet != null ? outlet : other.outlet,
        author != null ? author : other.author,
        url != null ? url : other.url,
        published != null ? published : other.published,
        publishedInferred != null ? publishedInferred : other.publishedInferred,
        lead != null ? lead : other.lead,
        updated != null ? updated : other.updated);
  }
}
