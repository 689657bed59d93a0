package org.marsad.stages.clean;

/** One non-blank line of the page: its trimmed bounds in the original text, folded form and features. */
final class Line {
  final int index;
  int start;
  final int end;
  String folded;
  int words;
  boolean endsSentence;
  /** Share of Arabic letters among all letters. */
  double arabicShare;
  /** Share of characters inside URLs or e-mail addresses. */
  double linkShare;
  LineKind kind;
  /** Why the line got its kind: the rule's name, for reports and debugging. */
  String rule = "";

  Line(int index, int start, int end) {
    this.index = index;
    this.start = start;
    this.end = end;
  }

  void set(LineKind kind, String rule) {
    this.kind = kind;
    this.rule = rule;
  }

  @Override
  public String toString() {
    return kind + "/" + rule + " [" + start + "," + end + ") " + folded;
  }
}
