package io.github.sla4j.calendar;

import static org.quicktheories.QuickTheory.qt;

import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Runs QuickTheories properties with a fixed, replayable seed.
 *
 * <p>The seed is {@value #DEFAULT_SEED} unless the system property {@code sla4j.seed} overrides it
 * ({@code ./mvnw -pl sla-core test -Dsla4j.seed=42}); {@code sla4j.examples} multiplies the number
 * of examples (e.g. {@code 10} for a long soak run). Each property derives its own seed from the
 * base seed and its name, and a failure message names both, along with the falsifying case.
 */
final class PropertyRunner {

  static final long DEFAULT_SEED = 20_261_126L;

  private PropertyRunner() {}

  static long baseSeed() {
    return Long.getLong("sla4j.seed", DEFAULT_SEED);
  }

  static <T> void check(String name, int examples, Gen<T> gen, Consumer<T> property) {
    long base = baseSeed();
    long seed = base * 31 + name.hashCode();
    int scaled = examples * Integer.getInteger("sla4j.examples", 1);
    qt().withFixedSeed(seed)
        .withExamples(scaled)
        .withShrinkCycles(20)
        .forAll(gen)
        .checkAssert(
            value -> {
              try {
                property.accept(value);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                    "Property "
                        + name
                        + " failed (replay: -Dsla4j.seed="
                        + base
                        + ", derived seed "
                        + seed
                        + ") for "
                        + value
                        + ": "
                        + e,
                    e);
              }
            });
  }
}
