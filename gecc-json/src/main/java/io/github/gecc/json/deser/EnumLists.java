package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import java.util.EnumSet;
import java.util.Set;

/** Reads a JSON array of enum names, refusing unknown and repeated names. */
final class EnumLists {

  private EnumLists() {}

  static <E extends Enum<E>> Set<E> read(JsonInput input, Class<E> type) throws GeccJsonException {
    EnumSet<E> values = EnumSet.noneOf(type);
    for (JsonInput element : input.elements()) {
      E value = element.enumValue(type);
      if (!values.add(value)) {
        throw element.error("'" + value.name() + "' is repeated; list each value once");
      }
    }
    return values;
  }
}
