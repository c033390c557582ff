package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a document on every line and checks they agree: the same value or the same refusal. */
final class Readers {

  private Readers() {}

  /**
   * Tells whether the readers accept a document, after checking that every line gives the same
   * value, or refuses it; the refusals of the readers themselves all the same, at the same pointer.
   * (The parser's own refusals, of the grammar and of the limits, depend on each mapper's settings,
   * the host's business.)
   */
  static boolean accept(byte[] json, Class<?> type) {
    List<Object> outcomes = new ArrayList<>();
    List<Object> refusals = new ArrayList<>();
    for (Line line : Line.all()) {
      try {
        outcomes.add(line.geccRead(json, type));
      } catch (Line.Refused0 e) {
        outcomes.add("refused");
        if (!e.refused.message().startsWith("malformed JSON")
            && !e.refused.message().startsWith("the document exceeds a limit")) {
          refusals.add(e.refused);
        }
      } catch (RuntimeException e) {
        throw new AssertionError(
            line
                + " failed outside the adapter's exception on "
                + new String(json, StandardCharsets.UTF_8),
            e);
      }
    }
    String document = new String(json, StandardCharsets.UTF_8);
    assertThat(outcomes).as(document).containsOnly(outcomes.get(0));
    if (!refusals.isEmpty()) {
      assertThat(refusals).as(document).containsOnly(refusals.get(0));
    }
    return !"refused".equals(outcomes.get(0));
  }
}
