package io.github.gecc.json;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object read strictly: every field asked for is remembered, and {@link #finish()}
 * refuses any field that was not, so a misspelt field is never silently ignored.
 *
 * <p>A field holding {@code null} counts as absent for {@link #optional} and as missing for
 * {@link #required}. Instances are meant for one reading on one thread.
 */
public final class JsonObjectInput {

  private final JsonInput input;
  private final String what;
  // A short list, not a hash set: objects have a handful of fields, and a set per object read was
  // a visible share of reading a portfolio (profiled with JsonReadBenchmark).
  private final List<String> known = new ArrayList<>(8);

  JsonObjectInput(JsonInput input, String what) {
    this.input = input;
    this.what = what;
  }

  private void remember(String name) {
    if (!known.contains(name)) {
      known.add(name);
    }
  }

  /**
   * Returns the object itself, with its pointer.
   *
   * @return the object's input
   */
  public JsonInput input() {
    return input;
  }

  /**
   * Returns a field that must be present and not null.
   *
   * @param name the field name, not null
   * @return the field's value with its pointer
   * @throws GeccJsonException if the field is absent or null
   */
  public JsonInput required(String name) throws GeccJsonException {
    remember(name);
    com.fasterxml.jackson.databind.JsonNode value = input.node().get(name);
    if (value == null || value.isNull()) {
      throw new GeccJsonException(
          what + " needs the field '" + name + "'" + (value == null ? "" : ", not null"),
          input.pointer().appendProperty(name));
    }
    return input.property(value, name);
  }

  /**
   * Returns a field that may be absent or null.
   *
   * @param name the field name, not null
   * @return the field's value with its pointer, or empty
   */
  public Optional<JsonInput> optional(String name) {
    remember(name);
    com.fasterxml.jackson.databind.JsonNode value = input.node().get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(input.property(value, name));
  }

  /**
   * Tells whether a field is present and not null, and marks it as known.
   *
   * @param name the field name, not null
   * @return true if it is present
   */
  public boolean has(String name) {
    return optional(name).isPresent();
  }

  /**
   * Refuses the first field that no accessor asked for.
   *
   * @throws GeccJsonException naming the unknown field and the fields the object may have
   */
  public void finish() throws GeccJsonException {
    Iterator<String> names = input.node().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new GeccJsonException(
            "unknown field '"
                + name
                + "' in "
                + what
                + "; allowed fields are "
                + String.join(", ", ImmutableSortedSet.copyOf(known)),
            input.pointer().appendProperty(name));
      }
    }
  }
}
