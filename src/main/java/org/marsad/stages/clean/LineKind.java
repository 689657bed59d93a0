package org.marsad.stages.clean;

/** What a line of a scraped page is, as the line classifier decides it. */
enum LineKind {
  /** A sentence-like paragraph: long, or ending with sentence punctuation. */
  CONTENT,
  /** A short line that is none of the others: heading, caption, list item, label. */
  SHORT,
  /** Page furniture from a rule: lexicon phrase, share widget, link, duplicate, title repeat, nav label. */
  FURNITURE,
  /** Header of a related-links list ("مقالات ذات صلة"); the short lines after it are furniture. */
  RELATED,
  /** Editor title of a masthead; the name line after it is furniture. */
  MASTHEAD,
  /** A short line that gives a date (publication or update time). */
  DATE,
  /** A byline or credit line: author, outlet, place. */
  BYLINE,
  /** The article's title line. */
  TITLE
}
