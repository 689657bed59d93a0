/**
 * Ingest: raw files to {@link org.marsad.model.Article#ingested ingested} articles.
 *
 * <p>{@link org.marsad.stages.ingest.Ingestor} is the only public entry point. It walks files and folders, reads
 * each file on a time-bounded worker and reports each unreadable file or record as one
 * {@link org.marsad.model.InputError}. Everything else is package-private: {@code FormatSniffer} says what a file
 * holds, {@code CharsetDetection} decodes it and names the charset, and one pure reader per format
 * ({@code TextFileReader}, {@code HtmlReader}, {@code FeedReader}, {@code JsonlReader}, {@code ZipReader},
 * {@code WarcFileReader}, {@code TrecReader}) turns text or bytes into records.
 */
package org.marsad.stages.ingest;
