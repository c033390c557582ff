/**
 * The GECC domain model: fiscal years and Thai dates ({@code io.github.gecc.time}), rulebooks and
 * the certification decision ({@code io.github.gecc.rules}), application rounds ({@code
 * io.github.gecc.application}) and the certification lifecycle ({@code
 * io.github.gecc.certification}). Pure: Guava and, at compile time only, Immutables' annotations.
 */
module io.github.gecc.core {
  requires transitive com.google.common;
  // Compile time only: Immutables' annotations, and the annotations its generated classes carry.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // JSpecify's nullness annotations (@NullMarked packages), read at compile time.
  requires static transitive org.jspecify;

  exports io.github.gecc;
  exports io.github.gecc.application;
  exports io.github.gecc.certification;
  exports io.github.gecc.rules;
  exports io.github.gecc.time;
}
