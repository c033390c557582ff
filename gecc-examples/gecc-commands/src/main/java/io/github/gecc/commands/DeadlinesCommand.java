package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.ReportingCascade;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code deadlines}: every date an organisation and the bodies it reports through owe in a round,
 * in date order (RULES.md §4), over {@link ReportingCascade}.
 *
 * <p>In: {@code {"round":2567,"organisation":{"kind":"DISTRICT_OFFICE"},"chain":["DOPA",
 * "SAKON_NAKHON"]}}; {@code chain} (the reporting bodies the organisation reports through, nearest
 * the national level first) may be left out, and then only the national window is owed; optional
 * {@code rounds} (a round register). Out: the round, whether the round admits the organisation's
 * kind, and {@code deadlines}: the window's opening ({@code WINDOW_OPENS}, when the sources give
 * it) and closing ({@code WINDOW_CLOSES}), and each report a body of the chain asks for ({@code
 * REPORT}: the body that set it, {@code reportedBy} (who reports, {@code null} when the letter does
 * not say), {@code reportsTo} (to whom), {@code owedBy} ({@code SELF} when the organisation's kind
 * makes the report or the reporter is not given, {@code CHAIN} when a body above it does, such as
 * the province for DOPA's round-2567 deadlines), what, by when, from which letter), earliest first,
 * each due at an instant ({@code due}, Bangkok time; a deadline given as a day is due at its last
 * instant) on a Bangkok {@code day}; at the same instant the window comes after the reports.
 */
final class DeadlinesCommand implements Command {

  private static final List<String> FIELDS = List.of("round", "organisation", "chain", "rounds");

  @Override
  public String name() {
    return "deadlines";
  }

  @Override
  public String description() {
    return "every deadline an organisation and its reporting chain owe in a round, in date order";
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "deadlines request", FIELDS);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    ObjectMapper mapper =
        JsonMapper.builder().addModule(new GeccModule(rounds.rulebooks())).build();
    FiscalYear round = request.read("round", FiscalYear.class);
    ApplicationWindow window = RoundsOption.windowOf(rounds, round, "/round");
    if (!request.has("organisation")) {
      throw request.error("organisation", "deadlines request needs the field 'organisation'");
    }
    Organisation organisation =
        RequestDocument.read(context, mapper, input, "/organisation", Organisation.class);
    List<String> chain = request.chain("chain");

    List<Row> rows = new ArrayList<>();
    ReportingCascade cascade = rounds.cascade(round).orElseThrow();
    // The organisation's own reports: those its kind makes, or whose reporter is not given
    // (RULES.md §4, 4.6); the others are its chain's, made above it by the body named.
    List<ReportingDeadline> own = cascade.reportsFor(organisation.kind().name(), chain);
    for (ReportingDeadline deadline : cascade.reportsFor(chain)) {
      ObjectNode node = context.object();
      node.put("kind", "REPORT");
      due(node, deadline.due());
      node.put("setBy", deadline.setBy());
      if (deadline.reportedBy().isPresent()) {
        node.put("reportedBy", deadline.reportedBy().get());
      } else {
        node.putNull("reportedBy");
      }
      node.put("reportsTo", deadline.reportedTo());
      node.put("owedBy", own.contains(deadline) ? "SELF" : "CHAIN");
      node.put("purpose", deadline.purpose().name());
      node.put("task", deadline.task());
      node.put("source", deadline.source());
      rows.add(new Row(deadline.due(), 0, node));
    }
    if (window.opensAt().isPresent()) {
      rows.add(
          new Row(
              window.opensAt().get(),
              1,
              windowRow(
                  context, "WINDOW_OPENS", window.opensAt().get(), "applications open", window)));
    }
    rows.add(
        new Row(
            window.closesAt(),
            1,
            windowRow(
                context,
                "WINDOW_CLOSES",
                window.closesAt(),
                "applications close; the only deadline that refuses an application",
                window)));
    rows.sort(Comparator.comparing(Row::due).thenComparing(Row::order));

    ObjectNode out = context.object();
    out.put("round", round.getValue());
    out.put("kind", organisation.kind().name());
    out.put("eligible", rounds.admittedKinds(round).contains(organisation.kind()));
    ArrayNode chainOut = out.putArray("chain");
    chain.forEach(chainOut::add);
    ArrayNode deadlines = out.putArray("deadlines");
    rows.forEach(row -> deadlines.add(row.node()));
    return out;
  }

  /** Writes the due instant in Bangkok time and its Bangkok day. */
  private static void due(ObjectNode node, Instant due) {
    node.put("due", ThaiTime.atBangkok(due).toString());
    node.put("day", LocalDate.ofInstant(due, ThaiTime.ZONE).toString());
  }

  private record Row(Instant due, int order, ObjectNode node) {}

  private static ObjectNode windowRow(
      CliContext context, String kind, Instant due, String task, ApplicationWindow window) {
    ObjectNode node = context.object();
    node.put("kind", kind);
    due(node, due);
    node.put("task", task);
    node.put("source", window.source());
    return node;
  }
}
