package org.marsad.stages.ingest;

/**
 * Where bytes came from, and how the ids of the records inside them are formed.
 *
 * @param id the article id of a single-article file (the file name, or "zip#entry")
 * @param file what an {@link org.marsad.model.InputError} names (the path as given, or "path#entry")
 * @param source the path the file was read from ({@link org.marsad.model.Article#source()})
 * @param keySeparator joins {@code id} and a record key: "#" for a file, ":" for an entry of a zip
 */
record Origin(String id, String file, String source, String keySeparator) {

  static Origin ofFile(String fileName, String path) {
    return new Origin(fileName, path, path, "#");
  }

  /** An entry of an archive: records inside it get "archive#entry:key". */
  Origin entry(String entryName) {
    return new Origin(id + "#" + entryName, file + "#" + entryName, source, ":");
  }

  /** The same content under another name, e.g. a gunzipped file without its ".gz". */
  Origin renamed(String newId) {
    return new Origin(newId, file, source, keySeparator);
  }

  String recordId(String key) {
    return id + keySeparator + key;
  }

  String recordFile(String key) {
    return file + keySeparator + key;
  }

  /** The bare file or entry name, for extension hints. */
  String name() {
    int cut = Math.max(id.lastIndexOf('#'), id.lastIndexOf('/'));
    return cut < 0 ? id : id.substring(cut + 1);
  }
}
