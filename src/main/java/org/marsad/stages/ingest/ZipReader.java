package org.marsad.stages.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive: each file entry is read as a file of its own, records keyed "zip#entry:key". Entries are read up
 * to the size cap, so a zip bomb is reported rather than inflated.
 */
final class ZipReader {
  private ZipReader() {}

  static void read(Origin origin, byte[] bytes, IngestOptions options, int depth, Records out) {
    int files = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.isDirectory() || skipped(name)) continue;
        files++;
        Origin inner = origin.entry(name);
        byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxFileBytes() + 1));
        if (content.length > options.maxFileBytes()) {
          out.error(inner.file(), "zip entry too large: over the " + Sizes.human(options.maxFileBytes()) + " cap");
          continue;
        }
        RawFileReader.read(inner, baseName(name), content, options, depth + 1, out);
      }
    } catch (IOException | IllegalArgumentException e) {
      out.error(origin.file(), "corrupt or truncated zip after " + files + " entr" + (files == 1 ? "y" : "ies") + ": " + Messages.describe(e));
      return;
    }
    if (files == 0) out.error(origin.file(), "zip archive holds no files");
  }

  private static boolean skipped(String name) {
    return name.startsWith("__MACOSX/") || baseName(name).startsWith(".");
  }

  private static String baseName(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
