/**
 * Grouping articles into events and events into stories.
 *
 * <p>Events: {@link org.marsad.stages.cluster.IncrementalEventDetector} assigns each new article to an existing
 * event or starts one, from candidates a Lucene {@link org.marsad.stages.cluster.CandidateIndex} returns
 * (MoreLikeThis-style query over the article's heaviest terms and names, publication-day window), scored by a
 * logistic pair model fitted on labelled pairs ({@link org.marsad.stages.cluster.PairFeatures}: body and lead
 * cosine, shared names, happening day, day gap, outlet). Bridging articles merge events; old ids resolve.
 * {@link org.marsad.stages.cluster.IncrementalEventGrouper} is the batch {@code EventGrouper} on top of it (what
 * {@code Marsad.group} uses); {@link org.marsad.stages.cluster.AssignBench} measures assignment cost as the store grows.
 *
 * <p>{@link org.marsad.stages.cluster.EventGrouper} and {@link org.marsad.stages.cluster.StoryGrouper} are the
 * contracts; {@link org.marsad.stages.cluster.BaselineEventGrouper} and
 * {@link org.marsad.stages.cluster.BaselineStoryGrouper} are a simple lexical baseline meant to be replaced:
 * TF-IDF over Lucene-analysed title + body (IDF over the batch, news stop words dropped), candidates from an
 * inverted index of each item's heaviest terms with date-ordered, windowed postings (no all-pairs pass), links at a
 * cosine threshold, merges guarded by average-link similarity and, for events, a publication-date limit.
 *
 * <p>Measured (CPU time of the grouping thread, JDK 25, loaded 2-core machine): ANT April 2018, 4,798 articles →
 * 3,010 events in 1.2 s, 1,045 stories in 1.8 s ({@code AntScaleTest}); SaudiNewsNet, 31,030 articles / 53 M
 * chars → 16,389 events in 7.1 s, 6,547 stories in 7.8 s ({@code SaudiNewsNetScale} in test sources). Most of it is
 * Lucene analysis; the story grouper analyses the texts a second time.
 */
package org.marsad.stages.cluster;
