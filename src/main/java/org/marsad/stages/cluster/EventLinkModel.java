package org.marsad.stages.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that two articles report one happening: a logistic model over {@link PairFeatures} whose weights
 * were fitted on labelled pairs ({@code event-link-model.tsv}, written by {@code AntEventLinkFit}).
 */
record EventLinkModel(List<String> names, double bias, double[] weights) {
  static final String RESOURCE = "event-link-model.tsv";
  /** The event-level model over {@link EventJoinFeatures}: does an article join a whole candidate event. */
  static final String JOIN_RESOURCE = "event-join-model.tsv";

  EventLinkModel {
    names = List.copyOf(names);
    if (weights.length != names.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + names.size() + " features");
    }
    weights = weights.clone();
  }

  double logit(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
    return z;
  }

  double probability(double[] features) {
    return 1 / (1 + Math.exp(-logit(features)));
  }

  /** The fitted model shipped with marsad. */
  static EventLinkModel fitted() {
    return Holder.PAIR;
  }

  /** The fitted event-level join model shipped with marsad. */
  static EventLinkModel fittedJoin() {
    return Holder.JOIN;
  }

  private static final class Holder {
    static final EventLinkModel PAIR = load(RESOURCE, PairFeatures.NAMES);
    static final EventLinkModel JOIN = load(JOIN_RESOURCE, EventJoinFeatures.NAMES);
  }

  /** Reads "name TAB weight" lines (and "bias TAB value"); every feature must be there, lines starting # are comments. */
  static EventLinkModel read(InputStream in, List<String> names) throws IOException {
    Map<String, Double> values = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.strip().split("\t");
      if (cols.length != 2) throw new IOException("expected name<TAB>weight: " + line);
      values.put(cols[0], Double.parseDouble(cols[1]));
    }
    if (!values.containsKey("bias")) throw new IOException("no bias");
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = values.get(names.get(i));
      if (v == null) throw new IOException("no weight for " + names.get(i));
      w[i] = v;
    }
    return new EventLinkModel(names, values.get("bias"), w);
  }

  /** The model as {@link #read} reads it. */
  String format(String header) {
    StringBuilder sb = new StringBuilder();
    for (String h : header.split("\n")) sb.append("# ").append(h).append('\n');
    sb.append("bias\t").append(bias).append('\n');
    for (int i = 0; i < weights.length; i++) sb.append(names.get(i)).append('\t').append(weights[i]).append('\n');
    return sb.toString();
  }

  private static EventLinkModel load(String resource, List<String> names) {
    try (InputStream in = EventLinkModel.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from the class path");
      return read(in, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
