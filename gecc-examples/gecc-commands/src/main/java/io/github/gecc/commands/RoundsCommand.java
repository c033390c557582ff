package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Rounds;
import io.github.gecc.rules.Rulebook;

/**
 * {@code rounds [--rounds FILE]}: every round known, earliest first, each with its window in
 * Bangkok time ({@code opensAt}, {@code null} when the sources do not give it, {@code
 * effectiveOpensAt}, {@code closesAt}), {@code channels}, {@code documents}, {@code eligibleKinds}
 * (the kinds that may apply: the round's own, under the bundled policy), the {@code rulebook} the
 * round uses (named by the round or chosen by the registry), its internal {@code deadlines}, its
 * {@code source}, and {@code registered}: true for a round that a register defined or replaced.
 */
final class RoundsCommand implements Command {

  @Override
  public String name() {
    return "rounds";
  }

  @Override
  public String description() {
    return "every round known, with its window, channels, documents, kinds, rulebook and source";
  }

  @Override
  public boolean readsInput() {
    return false;
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) {
    Rounds rounds = context.rounds();
    ObjectNode out = context.object();
    ArrayNode list = out.putArray("rounds");
    for (RoundDefinition definition : rounds.definitions()) {
      ObjectNode written = context.mapper().valueToTree(definition);
      ObjectNode node = list.addObject();
      node.put("round", definition.round().getValue());
      node.set("opensAt", written.get("opensAt"));
      node.put("effectiveOpensAt", WindowCommand.instant(definition.window().effectiveOpening()));
      node.set("closesAt", written.get("closesAt"));
      node.set("channels", written.get("channels"));
      node.set("documents", written.get("documents"));
      ArrayNode kinds = node.putArray("eligibleKinds");
      for (OrganisationKind kind : rounds.admittedKinds(definition.round())) {
        kinds.add(kind.name());
      }
      node.put("rulebook", rounds.rulebook(definition.round()).map(Rulebook::id).orElse(null));
      node.set("deadlines", written.get("deadlines"));
      node.set("source", written.get("source"));
      node.put("registered", rounds.isRegistered(definition.round()));
    }
    return out;
  }
}
