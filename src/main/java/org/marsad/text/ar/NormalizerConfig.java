package org.marsad.text.ar;

import java.util.EnumSet;
import java.util.Set;

/** Which {@link NormalizationRule}s a {@link Normalizer} applies. Immutable. */
public record NormalizerConfig(Set<NormalizationRule> rules) {
  /** Every rule except {@link NormalizationRule#TEH_MARBUTA}, which only matching wants. */
  public static final NormalizerConfig DEFAULT = new NormalizerConfig(EnumSet.complementOf(EnumSet.of(NormalizationRule.TEH_MARBUTA)));
  /** Every rule, for loose matching (teh marbuta folded too). */
  public static final NormalizerConfig MATCHING = new NormalizerConfig(EnumSet.allOf(NormalizationRule.class));

  public NormalizerConfig {
    rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
  }

  public static NormalizerConfig of(NormalizationRule... rules) {
    EnumSet<NormalizationRule> set = EnumSet.noneOf(NormalizationRule.class);
    for (NormalizationRule r : rules) set.add(r);
    return new NormalizerConfig(set);
  }

  public boolean has(NormalizationRule rule) {
    return rules.contains(rule);
  }

  public NormalizerConfig with(NormalizationRule rule) {
    EnumSet<NormalizationRule> set = EnumSet.noneOf(NormalizationRule.class);
    set.addAll(rules);
    set.add(rule);
    return new NormalizerConfig(set);
  }

  public NormalizerConfig without(NormalizationRule rule) {
    EnumSet<NormalizationRule> set = EnumSet.noneOf(NormalizationRule.class);
    set.addAll(rules);
    set.remove(rule);
    return new NormalizerConfig(set);
  }
}
