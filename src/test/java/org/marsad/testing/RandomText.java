package org.marsad.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded random strings for property-style tests, and a loop that runs a check on many of them.
 *
 * <p>A failing try is rethrown as an {@link AssertionError} naming the property, the try index, the seed that
 * replays it ({@code new Random(trySeed)}) and the input, so it can be reproduced without rerunning all tries.
 */
public final class RandomText {
  private RandomText() {}

  /** Draws one char. */
  @FunctionalInterface
  public interface CharSource {
    char next(Random r);
  }

  /** Any UTF-16 code unit, lone surrogates, noncharacters and private use included. */
  public static final CharSource ANY_CHAR = r -> (char) r.nextInt(0x10000);

  /** Any UTF-16 code unit (lone surrogates included) except noncharacters and private-use characters. */
  public static final CharSource UNICODE = r -> {
    char c;
    do {
      c = (char) r.nextInt(0x10000);
    } while ((c >= '\uE000' && c <= '\uF8FF') || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF');
    return c;
  };

  /** An empty mix of characters; add ranges and sets with {@link Mix#range} and {@link Mix#chars}. */
  public static Mix mix() {
    return new Mix(List.of());
  }

  /**
   * Characters drawn from several parts: a draw picks a part uniformly, then a char in it, so a small part
   * (a handful of invisibles) shows up as often as a large range.
   */
  public static final class Mix implements CharSource {
    private final List<String> parts;

    private Mix(List<String> parts) {
      this.parts = parts;
    }

    /** Adds the part {@code from..to}, both included. */
    public Mix range(char from, char to) {
      if (from > to) {
        throw new IllegalArgumentException("empty range " + (int) from + ".." + (int) to);
      }
      StringBuilder sb = new StringBuilder(to - from + 1);
      for (int c = from; c <= to; c++) {
        sb.append((char) c);
      }
      return with(sb.toString());
    }

    /** Adds a part made of exactly these chars. */
    public Mix chars(String chars) {
      if (chars.isEmpty()) {
        throw new IllegalArgumentException("empty char set");
      }
      return with(chars);
    }

    private Mix with(String part) {
      List<String> next = new ArrayList<>(parts);
      next.add(part);
      return new Mix(List.copyOf(next));
    }

    @Override
    public char next(Random r) {
      String part = parts.get(r.nextInt(parts.size()));
      return part.charAt(r.nextInt(part.length()));
    }
  }

  /**
   * A length in {@code min..max}; one draw in four is within 4 of {@code min}, so empty and very short inputs
   * come up often.
   */
  public static int length(Random r, int min, int max) {
    if (r.nextInt(4) == 0) {
      return min + r.nextInt(Math.min(max - min, 4) + 1);
    }
    return min + r.nextInt(max - min + 1);
  }

  /** A string of {@link #length} {@code min..max} drawn from {@code chars}. */
  public static String string(Random r, CharSource chars, int min, int max) {
    int n = length(r, min, max);
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = chars.next(r);
    }
    return new String(out);
  }

  /** Random bytes, length {@link #length} {@code 0..max}. */
  public static byte[] bytes(Random r, int max) {
    byte[] b = new byte[length(r, 0, max)];
    r.nextBytes(b);
    return b;
  }

  /** {@code s} as a Java string literal: printable ASCII as is, everything else as {@code \\uXXXX}. */
  public static String literal(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.append('"').toString();
  }

  /** A check on one input; may throw. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  /**
   * Runs {@code check} on {@code tries} inputs; try {@code k} draws its input from {@code new Random(trySeed(seed, k))}.
   * The first failure stops the loop and is reported with the try index, its seed and {@code show(input)}.
   */
  public static <T> void forAll(String property, long seed, int tries, Function<Random, T> generate,
      Function<? super T, String> show, Check<? super T> check) {
    for (int k = 0; k < tries; k++) {
      long trySeed = trySeed(seed, k);
      T input = generate.apply(new Random(trySeed));
      try {
        check.accept(input);
      } catch (OutOfMemoryError e) {
        throw e;
      } catch (Throwable e) {
        throw new AssertionError(property + " failed on try " + k + " of " + tries + " (seed " + seed
            + ", replay with new Random(" + trySeed + "L))\ninput: " + show.apply(input) + "\n" + e, e);
      }
    }
  }

  /** Seed of try {@code k}: a 64-bit mix, so neighbouring tries do not get correlated first draws. */
  public static long trySeed(long seed, int k) {
    long z = seed + (k + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
