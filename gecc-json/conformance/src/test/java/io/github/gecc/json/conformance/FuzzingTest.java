package io.github.gecc.json.conformance;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Broken documents fail only with the adapters' exception, and the same way on every line and
 * mapper: the same value or the same refusal at the same pointer.
 */
@Tag("fuzz")
class FuzzingTest {

  @Property(tries = 1500)
  void brokenDocumentsFailTheSameWayOnEveryLine(
      @ForAll("sampleIndex") int index, @ForAll Random random) {
    JsonSamples.Sample sample = JsonSamples.all().get(index);
    Readers.accept(JsonMutator.mutate(sample.json(), random), sample.type());
  }

  @Provide
  Arbitrary<Integer> sampleIndex() {
    return Arbitraries.integers().between(0, JsonSamples.all().size() - 1);
  }
}
