package org.marsad.model;

/** The raw format an article was read from. */
public enum SourceFormat { TEXT, HTML, RSS, JSONL, WARC, TREC }
