package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.CriterionGroup;
import io.github.gecc.rules.Level;
import java.util.Optional;

/**
 * Reads a {@link Criterion}: {@code {"id":"B01","level":"BASIC","points":1}}, with the optional
 * fields {@code group} ({@code PHYSICAL}, {@code QUALITY}, {@code RESULTS}), {@code titleThai} and
 * {@code titleEnglish}.
 */
public final class CriterionDeserializer extends GeccDeserializer<Criterion> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public CriterionDeserializer() {
    super(Criterion.class);
  }

  /**
   * Reads a criterion.
   *
   * @param input a JSON object with the fields above and no other
   * @return the criterion
   * @throws GeccJsonException if a field is missing, unknown, of the wrong type, or refused by
   *     {@link Criterion} (a malformed id, points not positive, a blank title)
   */
  @Override
  public Criterion read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("criterion");
    JsonInput idInput = object.required("id");
    String id = idInput.text();
    Level level = new LevelDeserializer().read(object.required("level"));
    JsonInput pointsInput = object.required("points");
    int points = pointsInput.integer();
    Optional<JsonInput> group = object.optional("group");
    Optional<JsonInput> thai = object.optional("titleThai");
    Optional<JsonInput> english = object.optional("titleEnglish");
    object.finish();
    idInput.core(() -> Criterion.of(id, level, 1));
    Criterion criterion = pointsInput.core(() -> Criterion.of(id, level, points));
    if (group.isPresent()) {
      CriterionGroup g = group.get().enumValue(CriterionGroup.class);
      criterion = criterion.withGroup(g);
    }
    if (thai.isPresent()) {
      String title = thai.get().text();
      Criterion c = criterion;
      criterion = thai.get().core(() -> c.withThaiTitle(title));
    }
    if (english.isPresent()) {
      String title = english.get().text();
      Criterion c = criterion;
      criterion = english.get().core(() -> c.withEnglishTitle(title));
    }
    return criterion;
  }
}
