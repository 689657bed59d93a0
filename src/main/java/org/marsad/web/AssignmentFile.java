package org.marsad.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.LiveGrouping;

/**
 * The live grouping's assignment in the data directory ({@value #NAME}): articles in arrival order with their event,
 * and merged event ids with the event each was merged into.
 *
 * <pre>{"format": "marsad-assignment", "version": 1,
 *  "arrivals": [["article id", "event id"], …], "aliases": {"old event id": "event id"}}</pre>
 *
 * <p>Written to a temporary file, forced to disk, then moved over the old one in one step: a crash mid-write leaves
 * the previous file whole.
 */
public final class AssignmentFile {
  public static final String NAME = "marsad-assignment.json";
  static final String FORMAT = "marsad-assignment";
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private AssignmentFile() {}

  public static Path in(Path dataDir) {
    return dataDir.resolve(NAME);
  }

  /**
   * The saved assignment, or empty when there is no file.
   *
   * @throws IOException when the file cannot be read or is not a saved assignment (the message says why)
   */
  public static Optional<LiveGrouping.Assignments> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new IOException(file + " is not readable JSON: " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
      throw new IOException(file + " is not a " + FORMAT + " version " + VERSION + " file");
    }
    JsonNode arrivals = root.path("arrivals");
    JsonNode aliases = root.path("aliases");
    if (!arrivals.isArray() || !aliases.isObject()) throw new IOException(file + " lacks arrivals or aliases");
    List<LiveGrouping.Placement> placements = new ArrayList<>(arrivals.size());
    for (JsonNode p : arrivals) {
      if (!p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).isTextual()) {
        throw new IOException(file + ": an arrival is not [article id, event id]: " + p);
      }
      placements.add(new LiveGrouping.Placement(p.get(0).asText(), p.get(1).asText()));
    }
    Map<String, String> alias = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : aliases.properties()) {
      if (!e.getValue().isTextual()) throw new IOException(file + ": alias " + e.getKey() + " is not an event id");
      alias.put(e.getKey(), e.getValue().asText());
    }
    return Optional.of(new LiveGrouping.Assignments(placements, alias));
  }

  /** Replaces the file with {@code a} atomically (temporary file, fsync, move). */
  public static void write(Path file, LiveGrouping.Assignments a) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("arrivals");
      for (LiveGrouping.Placement p : a.arrivals()) {
        g.writeStartArray();
        g.writeString(p.articleId());
        g.writeString(p.eventId());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("aliases");
      for (Map.Entry<String, String> e : a.aliases().entrySet()) g.writeStringField(e.getKey(), e.getValue());
      g.writeEndObject();
      g.writeEndObject();
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true); // the bytes are on disk before the name points at them
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
