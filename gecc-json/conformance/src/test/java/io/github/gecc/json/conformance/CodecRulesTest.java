package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Violation;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared readers' rules, one kind of bad input at a time: every line refuses it with the same
 * exact message (the rule and the value) at the same JSON Pointer; and every written type's exact
 * JSON shape, which every line writes alike and reads back to the same value.
 */
class CodecRulesTest {

  /** A document every line refuses with exactly this message at exactly this pointer. */
  record Refused(String name, Class<?> type, String json, String pointer, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String OWN =
      "{\"id\":\"OWN-1\",\"firstRound\":2567,\"selfAssessmentGate\":0,"
          + "\"criteria\":[{\"id\":\"X1\",\"level\":\"BASIC\",\"points\":2},"
          + "{\"id\":\"X2\",\"level\":\"BASIC\",\"points\":3}],"
          + "\"outcomes\":[{\"name\":\"PASSED\",\"requirements\":[{\"kind\":\"AT_LEAST_POINTS\","
          + "\"minimum\":3}]}]}";

  private static String report(String field, String value) {
    String json =
        "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
            + "\"satisfaction\":{\"respondents\":10,\"score\":87.5},\"checklist\":{\"M01\":true}}";
    return json.replaceFirst(
        "(\"" + field + "\":)(\\{[^}]*\\}|\"[^\"]*\"|[^,}]*)",
        "$1" + java.util.regex.Matcher.quoteReplacement(value));
  }

  private static String certification(String field, String value) {
    return "{\"centre\":\"bkk-01\",\"round\":2560,\"certifiedOn\":\"2017-09-21\"}"
        .replaceFirst(
            "(\"" + field + "\":)(\"[^\"]*\"|[^,}]*)",
            java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
  }

  private static String window(String field, String value) {
    return ("{\"round\":2567,\"opensAt\":\"2024-01-08T08:30:00+07:00\","
            + "\"closesAt\":\"2024-02-29T16:30:00+07:00\",\"channels\":[\"ONLINE\"],"
            + "\"documents\":[\"PDF\"],\"source\":\"circular\"}")
        .replaceFirst(
            "(\"" + field + "\":)(\\[[^\\]]*\\]|\"[^\"]*\"|[^,}]*)",
            java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
  }

  static final String LONG = "x".repeat(100);

  static List<Refused> refusals() {
    return List.of(
        // the type of each token, for each reader
        new Refused(
            "number for a string",
            Certification.class,
            certification("centre", "5"),
            "/centre",
            "expected a string, not the number 5"),
        new Refused(
            "object for a string", Level.class, "{}", "", "expected a string, not an object"),
        new Refused("array for a string", Level.class, "[]", "", "expected a string, not an array"),
        new Refused("true for a string", Level.class, "true", "", "expected a string, not true"),
        new Refused("false for a string", Level.class, "false", "", "expected a string, not false"),
        new Refused(
            "null in a list of strings",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"met\":[null]}",
            "/met/0",
            "expected a string, not null"),
        new Refused(
            "string for a whole number",
            FiscalYear.class,
            "\"2567\"",
            "",
            "expected a whole number, not the string \"2567\""),
        new Refused(
            "fraction for a whole number",
            FiscalYear.class,
            "2567.0",
            "",
            "expected a whole number, not the number 2567.0"),
        new Refused(
            "whole number beyond int",
            FiscalYear.class,
            "2147483648",
            "",
            "expected a whole number, not the number 2147483648"),
        new Refused(
            "whole number beyond long",
            FiscalYear.class,
            "99999999999999999999",
            "",
            "expected a whole number, not the number 99999999999999999999"),
        new Refused(
            "true for a whole number",
            FiscalYear.class,
            "true",
            "",
            "expected a whole number, not true"),
        new Refused(
            "string for a number",
            MaintenanceReport.class,
            report("score", "\"87.5\""),
            "/satisfaction/score",
            "expected a number, not the string \"87.5\""),
        new Refused(
            "false for a number",
            MaintenanceReport.class,
            report("score", "false"),
            "/satisfaction/score",
            "expected a number, not false"),
        new Refused(
            "more digits than a double holds",
            MaintenanceReport.class,
            report("score", "87.123456789012345678"),
            "/satisfaction/score",
            "the number 87.123456789012345678 cannot be read exactly; give at most 15"
                + " significant digits within the range of a double"),
        new Refused(
            "a number below a double's range",
            MaintenanceReport.class,
            report("score", "1e-400"),
            "/satisfaction/score",
            "the number 1e-400 cannot be read exactly; give at most 15 significant digits"
                + " within the range of a double"),
        new Refused(
            "a number beyond a double's range",
            MaintenanceReport.class,
            report("score", "1E400"),
            "/satisfaction/score",
            "the number 1E400 cannot be read exactly; give at most 15 significant digits"
                + " within the range of a double"),
        new Refused(
            "string for true or false",
            MaintenanceReport.class,
            report("checklist", "{\"M01\":\"yes\"}"),
            "/checklist/M01",
            "expected true or false, not the string \"yes\""),
        new Refused(
            "number for true or false",
            MaintenanceReport.class,
            report("checklist", "{\"M01\":1}"),
            "/checklist/M01",
            "expected true or false, not the number 1"),
        new Refused(
            "null for true or false",
            MaintenanceReport.class,
            report("checklist", "{\"M01\":null}"),
            "/checklist/M01",
            "expected true or false, not null"),
        new Refused(
            "number for a date",
            Certification.class,
            certification("certifiedOn", "20170921"),
            "/certifiedOn",
            "expected a string, not the number 20170921"),
        new Refused(
            "date without leading zeros",
            Certification.class,
            certification("certifiedOn", "\"2017-9-21\""),
            "/certifiedOn",
            "'2017-9-21' is not a valid ISO date YYYY-MM-DD: Text '2017-9-21' could not be"
                + " parsed at index 5"),
        new Refused(
            "date with a colon for a digit",
            Certification.class,
            certification("certifiedOn", "\"2017-0:-21\""),
            "/certifiedOn",
            "'2017-0:-21' is not a valid ISO date YYYY-MM-DD: Text '2017-0:-21' could not be"
                + " parsed at index 5"),
        new Refused(
            "date with a slash for a digit",
            Certification.class,
            certification("certifiedOn", "\"2017-09-/1\""),
            "/certifiedOn",
            "'2017-09-/1' is not a valid ISO date YYYY-MM-DD: Text '2017-09-/1' could not be"
                + " parsed at index 8"),
        new Refused(
            "date with a slash after a digit",
            Certification.class,
            certification("certifiedOn", "\"2017-09-2/\""),
            "/certifiedOn",
            "'2017-09-2/' is not a valid ISO date YYYY-MM-DD: Text '2017-09-2/' could not be"
                + " parsed at index 8"),
        new Refused(
            "date with slashes",
            Certification.class,
            certification("certifiedOn", "\"2017/09/21\""),
            "/certifiedOn",
            "'2017/09/21' is not a valid ISO date YYYY-MM-DD: Text '2017/09/21' could not be"
                + " parsed at index 4"),
        new Refused(
            "date with a letter for its first dash",
            Certification.class,
            certification("certifiedOn", "\"2017x09-21\""),
            "/certifiedOn",
            "'2017x09-21' is not a valid ISO date YYYY-MM-DD: Text '2017x09-21' could not be"
                + " parsed at index 4"),
        new Refused(
            "date with a letter for its second dash",
            Certification.class,
            certification("certifiedOn", "\"2017-09x21\""),
            "/certifiedOn",
            "'2017-09x21' is not a valid ISO date YYYY-MM-DD: Text '2017-09x21' could not be"
                + " parsed at index 7"),
        new Refused(
            "date with a letter in its year",
            Certification.class,
            certification("certifiedOn", "\"201x-09-21\""),
            "/certifiedOn",
            "'201x-09-21' is not a valid ISO date YYYY-MM-DD: Text '201x-09-21' could not be"
                + " parsed at index 0"),
        new Refused(
            "date of a five-digit year, refused as it is read",
            Certification.class,
            certification("certifiedOn", "\"+12017-09-21\""),
            "/certifiedOn",
            "'+12017-09-21' writes its year with a sign; ISO dates here have a four-digit Common"
                + " Era year, 0000..9999"),
        new Refused(
            "date of a day the month lacks",
            Certification.class,
            certification("certifiedOn", "\"2017-02-30\""),
            "/certifiedOn",
            "'2017-02-30' is not a valid ISO date YYYY-MM-DD: Invalid date 'FEBRUARY 30'"),
        new Refused(
            "date with a time",
            Certification.class,
            certification("certifiedOn", "\"2017-09-21T00:00\""),
            "/certifiedOn",
            "'2017-09-21T00:00' is not a valid ISO date YYYY-MM-DD: Text '2017-09-21T00:00'"
                + " could not be parsed, unparsed text found at index 10"),
        new Refused(
            "instant without a time",
            ApplicationWindow.class,
            window("closesAt", "\"2024-02-29\""),
            "/closesAt",
            "'2024-02-29' is not an ISO-8601 date-time such as 2024-02-29T16:30:00+07:00: Text"
                + " '2024-02-29' could not be parsed at index 10"),
        new Refused(
            "number for an instant",
            ApplicationWindow.class,
            window("closesAt", "1709199000"),
            "/closesAt",
            "expected a string, not the number 1709199000"),
        new Refused(
            "a name no constant has",
            MaintenanceReport.class,
            report("period", "\"H3\""),
            "/period",
            "'H3' is not one of H1, FY"),
        new Refused(
            "a constant's name in lower case",
            ThaiDateStyle.class,
            "\"weekday\"",
            "",
            "'weekday' is not one of " + names(ThaiDateStyle.values())),
        new Refused(
            "an 81-character name, shortened",
            ThaiDateStyle.class,
            "\"" + "y".repeat(81) + "\"",
            "",
            "'" + "y".repeat(77) + "...' is not one of " + names(ThaiDateStyle.values())),
        new Refused(
            "an 80-character name, whole",
            ThaiDateStyle.class,
            "\"" + "y".repeat(80) + "\"",
            "",
            "'" + "y".repeat(80) + "' is not one of " + names(ThaiDateStyle.values())),
        new Refused(
            "a long string, shortened in the description",
            Level.class,
            "[\"" + LONG + "\"]",
            "",
            "expected a string, not an array"),
        new Refused(
            "a long wrong value, shortened in the description",
            FiscalYear.class,
            "\"" + LONG + "\"",
            "",
            "expected a whole number, not the string \"" + LONG.substring(0, 77) + "...\""),
        new Refused(
            "object for a list",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"met\":{}}",
            "/met",
            "expected a JSON array, not an object"),
        new Refused(
            "string for a list",
            ApplicationWindow.class,
            window("channels", "\"ONLINE\""),
            "/channels",
            "expected a JSON array, not the string \"ONLINE\""),
        new Refused(
            "a list value repeated",
            ApplicationWindow.class,
            window("channels", "[\"ONLINE\",\"EMAIL\",\"ONLINE\"]"),
            "/channels/2",
            "'ONLINE' is repeated; list each value once"),
        new Refused(
            "array for an object",
            Certification.class,
            "[]",
            "",
            "certification must be a JSON object, not an array"),
        new Refused(
            "string for a nested object",
            MaintenanceReport.class,
            report("satisfaction", "\"good\""),
            "/satisfaction",
            "satisfaction results must be a JSON object, not the string \"good\""),
        new Refused(
            "array for a map",
            MaintenanceReport.class,
            report("checklist", "[]"),
            "/checklist",
            "checklist must be a JSON object, not an array"),
        // blank strings
        new Refused(
            "an empty string where text is required",
            Certification.class,
            certification("round", "2560,\"outcome\":\"\""),
            "/outcome",
            "outcome must not be blank, got ''"),
        new Refused(
            "white space where text is required",
            Certification.class,
            certification("round", "2560,\"outcome\":\" \\t\""),
            "/outcome",
            "outcome must not be blank, got ' \t'"),
        new Refused(
            "a blank map key",
            MaintenanceReport.class,
            report("checklist", "{\" \":true}"),
            "/checklist/ ",
            "checklist keys must not be blank"),
        // lone surrogates
        new Refused(
            "a lone high surrogate at the end of a value",
            Certification.class,
            certification("centre", "\"bkk\\ud83d\""),
            "/centre",
            "a lone surrogate \\ud83d at character 3 is not text; strings must be valid Unicode"),
        new Refused(
            "a lone low surrogate in a value",
            Certification.class,
            certification("centre", "\"\\ude00bkk\""),
            "/centre",
            "a lone surrogate \\ude00 at character 0 is not text; strings must be valid Unicode"),
        new Refused(
            "two high surrogates in a value",
            Certification.class,
            certification("centre", "\"a\\ud83d\\ud83d\""),
            "/centre",
            "a lone surrogate \\ud83d at character 1 is not text; strings must be valid Unicode"),
        new Refused(
            "a lone surrogate after a pair",
            Certification.class,
            certification("centre", "\"\\ud83d\\ude00\\ude00\""),
            "/centre",
            "a lone surrogate \\ude00 at character 2 is not text; strings must be valid Unicode"),
        // repeated keys
        new Refused(
            "a field repeated after null",
            Certification.class,
            certification("round", "null,\"round\":2560"),
            "/round",
            "field 'round' appears twice; give each field once"),
        new Refused(
            "the last field repeated",
            Certification.class,
            certification("certifiedOn", "\"2017-09-21\",\"certifiedOn\":\"2017-09-22\""),
            "/certifiedOn",
            "field 'certifiedOn' appears twice; give each field once"),
        new Refused(
            "a map key that needs escaping repeated",
            MaintenanceReport.class,
            report("checklist", "{\"a/b~c\":true,\"a/b~c\":true}"),
            "/checklist/a~1b~0c",
            "'a/b~c' appears twice in checklist; give each once"),
        new Refused(
            "a map key repeated",
            MaintenanceReport.class,
            report("checklist", "{\"M01\":true,\"M02\":true,\"M01\":false}"),
            "/checklist/M01",
            "'M01' appears twice in checklist; give each once"),
        new Refused(
            "a key repeated in a recorded object",
            Evaluation.class,
            "{\"perLevel\":{\"BASIC\":{},\"BASIC\":{}},\"assessment\":" + ownAssessment() + "}",
            "/perLevel/BASIC",
            "field 'BASIC' appears twice; give each field once"),
        // null
        new Refused(
            "null for a required field",
            Certification.class,
            certification("certifiedOn", "null"),
            "/certifiedOn",
            "certification needs the field 'certifiedOn'"),
        new Refused(
            "a required field missing",
            Certification.class,
            "{\"round\":2560,\"certifiedOn\":\"2017-09-21\"}",
            "/centre",
            "certification needs the field 'centre'"),
        new Refused(
            "null in a recorded list",
            Evaluation.class,
            "{\"unanswered\":[null],\"assessment\":" + ownAssessment() + "}",
            "/unanswered/0",
            "null is not allowed here"),
        new Refused(
            "null where a self-assessment names a result field",
            Application.class,
            application("{\"rulebook\":\"GECC-2560\",\"met\":[],\"points\":null}"),
            "/selfAssessment/points",
            "a self-assessment given as 'points' cannot show the condition to apply (all basic"
                + " and at least 10 advanced criteria in GECC-2560, RULES.md §3); list the"
                + " criteria met instead: {\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",…]}"),
        new Refused(
            "a criterion listed twice in a self-assessment",
            Application.class,
            application("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B01\"]}"),
            "/selfAssessment/met/1",
            "criterion 'B01' is listed twice (first at met[0]); list" + " each criterion once"),
        new Refused(
            "null met list in a self-assessment",
            Application.class,
            application("{\"rulebook\":\"GECC-2560\",\"met\":null}"),
            "/selfAssessment/met",
            "self-assessment needs the field 'met'"),
        new Refused(
            "null rulebook in a self-assessment",
            Application.class,
            application("{\"rulebook\":null,\"met\":[]}"),
            "/selfAssessment/rulebook",
            "self-assessment needs the field 'rulebook'"),
        new Refused(
            "recorded library version not a string",
            Evaluation.class,
            "{\"libraryVersion\":1,\"assessment\":" + ownAssessment() + "}",
            "/libraryVersion",
            "expected a string, not the number 1"),
        new Refused(
            "recorded assessment null",
            Evaluation.class,
            "{\"assessment\":null}",
            "/assessment",
            "recorded assessment is null; give the value or leave the field out"),
        // unknown fields
        new Refused(
            "an unknown field, the allowed ones sorted",
            Certification.class,
            certification("round", "2560,\"colour\":\"red\""),
            "/colour",
            "unknown field 'colour' in certification; allowed fields are centre, certifiedOn,"
                + " outcome, round, rulebook"),
        new Refused(
            "an unknown field with a long name",
            Certification.class,
            "{\"" + LONG + "\":1}",
            "/" + LONG,
            "unknown field '"
                + LONG.substring(0, 77)
                + "...' in certification; allowed fields"
                + " are centre, certifiedOn, outcome, round, rulebook"),
        new Refused(
            "an unknown field whose name needs escaping",
            Centre.class,
            "{\"id\":\"a\",\"a/b~c\":1}",
            "/a~1b~0c",
            "unknown field 'a/b~c' in centre; allowed fields are certifications, id, kind, province, reports"),
        new Refused(
            "an unknown field of a policy",
            LifecyclePolicy.class,
            "{\"days\":60}",
            "/days",
            "unknown field 'days' in lifecycle policy; allowed fields are dueDays, firstOwedPeriod,"
                + " satisfactionThreshold, validity"),
        // rules of the rules types
        new Refused(
            "a level of points",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_POINTS\",\"level\":\"BASIC\",\"minimum\":3}",
            "/level",
            "a requirement of kind AT_LEAST_POINTS has no level"),
        new Refused(
            "a minimum of all of a level",
            Requirement.class,
            "{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\",\"minimum\":3}",
            "/minimum",
            "a requirement of kind ALL_OF_LEVEL has no minimum"),
        new Refused(
            "all of no level",
            Requirement.class,
            "{\"kind\":\"ALL_OF_LEVEL\"}",
            "/level",
            "requirement needs the field 'level'"),
        new Refused(
            "a count without a level",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_COUNT\",\"minimum\":3}",
            "/level",
            "requirement needs the field 'level'"),
        new Refused(
            "a count without a minimum",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"BASIC\"}",
            "/minimum",
            "requirement needs the field 'minimum'"),
        new Refused(
            "points without a minimum",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_POINTS\"}",
            "/minimum",
            "requirement needs the field 'minimum'"),
        new Refused(
            "a requirement given twice",
            Outcome.class,
            "{\"name\":\"PASSED\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"},"
                + "{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":3},"
                + "{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}]}",
            "/requirements/2",
            "outcome PASSED repeats the requirement '"
                + Requirement.allOf(Level.of("BASIC"))
                + "' (first at requirements[0]); list each requirement once"),
        new Refused(
            "a criterion id given twice",
            Rulebook.class,
            OWN.replace("\"X2\"", "\"X1\""),
            "/criteria/1/id",
            "rulebook OWN-1: criterion id X1 appears twice (first at criteria[0]); ids must be"
                + " unique"),
        new Refused(
            "an outcome given twice",
            Rulebook.class,
            OWN.replace(
                "]}]}",
                "]},{\"name\":\"PASSED\",\"requirements\":[{\"kind\":"
                    + "\"AT_LEAST_POINTS\",\"minimum\":5}]}]}"),
            "/outcomes/1/name",
            "rulebook OWN-1: outcome PASSED appears twice (first at outcomes[0]); names must be"
                + " unique"),
        new Refused(
            "a rulebook given as a number",
            Assessment.class,
            "{\"rulebook\":2560,\"kind\":\"COMMITTEE\",\"met\":[]}",
            "/rulebook",
            "a rulebook is given by its id (a string such as \"GECC-2560\") or as a whole"
                + " rulebook object, not the number 2560"),
        new Refused(
            "a blank rulebook id",
            Assessment.class,
            "{\"rulebook\":\" \",\"kind\":\"COMMITTEE\",\"met\":[]}",
            "/rulebook",
            "expected a non-empty string, not the string \" \""),
        new Refused(
            "both answers and met",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":[],\"met\":[]}",
            "/met",
            "an assessment gives either 'answers' (criterion and met) or 'met' (the ids"
                + " met), not both"),
        new Refused(
            "neither answers nor met",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\"}",
            "/answers",
            "an assessment gives either 'answers' (criterion and met) or 'met' (the ids met),"
                + " and has neither"),
        new Refused(
            "a criterion met twice",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"met\":[\"B01\",\"B02\",\"B01\"]}",
            "/met/2",
            "criterion 'B01' is listed twice (first at met[0]); list each criterion once"),
        new Refused(
            "a criterion answered twice",
            Assessment.class,
            "{\"rulebook\":\"GECC-2560\",\"kind\":\"COMMITTEE\",\"answers\":["
                + "{\"criterion\":\"B01\",\"met\":true},{\"criterion\":\"B01\",\"met\":false}]}",
            "/answers/1/criterion",
            "criterion 'B01' is answered twice (first at answers[0]); one answer per criterion"),
        new Refused(
            "an unknown criterion answered",
            Assessment.class,
            "{\"rulebook\":"
                + OWN
                + ",\"kind\":\"COMMITTEE\",\"answers\":["
                + "{\"criterion\":\"X1\",\"met\":true},{\"criterion\":\"Y1\",\"met\":false}]}",
            "/answers/1/criterion",
            "criterion 'Y1' is not in rulebook OWN-1, whose criteria are BASIC X1, X2"),
        new Refused(
            "an unknown criterion of a rulebook with one criterion a level",
            Assessment.class,
            "{\"rulebook\":"
                + OWN.replace("\"X2\",\"level\":\"BASIC\"", "\"X2\",\"level\":\"ADVANCED\"")
                + ",\"kind\":\"COMMITTEE\",\"met\":[\"Y1\"]}",
            "/met/0",
            "criterion 'Y1' is not in rulebook OWN-1, whose criteria are BASIC X1,"
                + " ADVANCED X2"),
        new Refused(
            "an unknown criterion of a rulebook with three criteria a level",
            Assessment.class,
            "{\"rulebook\":"
                + OWN.replace(
                    "],\"outcomes\"",
                    ",{\"id\":\"X3\",\"level\":\"BASIC\",\"points\":1}],\"outcomes\"")
                + ",\"kind\":\"COMMITTEE\",\"met\":[\"Y1\"]}",
            "/met/0",
            "criterion 'Y1' is not in rulebook OWN-1, whose criteria are BASIC X1..X3"),
        new Refused(
            "an unknown rulebook id",
            Assessment.class,
            "{\"rulebook\":\"OWN-1\",\"kind\":\"COMMITTEE\",\"met\":[]}",
            "/rulebook",
            "unknown rulebook 'OWN-1'; known rulebooks are "
                + io.github.gecc.rules.RulebookRegistry.bundled().all().stream()
                    .map(Rulebook::id)
                    .collect(java.util.stream.Collectors.joining(", "))),
        new Refused(
            "a recorded boolean that differs",
            Evaluation.class,
            "{\"certified\":false,\"assessment\":" + ownAssessment() + "}",
            "/certified",
            "recorded certified false differs from true, computed by evaluating the recorded"
                + " assessment against rulebook OWN-1"),
        new Refused(
            "a recorded number written otherwise",
            Evaluation.class,
            "{\"points\":3.0,\"assessment\":" + ownAssessment() + "}",
            "/points",
            "recorded points 3.0 differs from 3, computed by evaluating the recorded"
                + " assessment against rulebook OWN-1"),
        new Refused(
            "a recorded outcome that differs",
            Evaluation.class,
            "{\"outcome\":\"FAILED\",\"assessment\":" + ownAssessment() + "}",
            "/outcome",
            "recorded outcome \"FAILED\" differs from \"PASSED\", computed by evaluating the"
                + " recorded assessment against rulebook OWN-1"),
        new Refused(
            "a recorded object that differs, both shown as compact JSON",
            Evaluation.class,
            "{\"perLevel\":{\"BASIC\" : {\"met\":0 ,\"total\":[true,false,1.50,\"x\"]}},"
                + "\"assessment\":"
                + ownAssessment()
                + "}",
            "/perLevel",
            "recorded perLevel {\"BASIC\":{\"met\":0,\"total\":[true,false,1.50,\"x\"]}}"
                + " differs from {\"BASIC\":{\"met\":1,\"total\":2,\"points\":3,"
                + "\"maxPoints\":5}}, computed by evaluating the recorded assessment against"
                + " rulebook OWN-1"),
        new Refused(
            "a recorded list that differs",
            Evaluation.class,
            "{\"unmet\":{\"BASIC\":[]},\"assessment\":" + ownAssessment() + "}",
            "/unmet",
            "recorded unmet {\"BASIC\":[]} differs from {\"BASIC\":[\"X1\"]}, computed by"
                + " evaluating the recorded assessment against rulebook OWN-1"),
        new Refused(
            "a recorded empty list that differs",
            Evaluation.class,
            "{\"unanswered\":[\"X1\"],\"assessment\":" + ownAssessment() + "}",
            "/unanswered",
            "recorded unanswered [\"X1\"] differs from [], computed by evaluating the recorded"
                + " assessment against rulebook OWN-1"),
        new Refused(
            "a recorded string with quotes, backslashes and controls",
            Evaluation.class,
            "{\"outcome\":\"a \\\"b\\\\c\\n\\u001f~\",\"assessment\":" + ownAssessment() + "}",
            "/outcome",
            "recorded outcome \"a \\u0022b\\u005cc\\u000a\\u001f~\" differs from"
                + " \"PASSED\", computed by evaluating the recorded assessment against rulebook"
                + " OWN-1"),
        new Refused(
            "a recorded value that is longer than a message shows",
            Evaluation.class,
            "{\"rulebook\":\"" + LONG + "\",\"assessment\":" + ownAssessment() + "}",
            "/rulebook",
            "recorded rulebook "
                + ("\"" + LONG).substring(0, 77)
                + "... differs"
                + " from \"OWN-1\", computed by evaluating the recorded assessment against"
                + " rulebook OWN-1"),
        // rules of the lifecycle types
        new Refused(
            "a certification of another centre",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"centre\":\"cnx-02\",\"round\":2560,"
                + "\"certifiedOn\":\"2017-09-21\"}]}",
            "/certifications/0/centre",
            core(
                () ->
                    Centre.of(
                        "bkk-01",
                        List.of(
                            Certification.builder()
                                .centreId("cnx-02")
                                .round(FiscalYear.of(2560))
                                .certifiedOn(java.time.LocalDate.of(2017, 9, 21))
                                .build()),
                        List.of()))),
        new Refused(
            "a certification without a round in a centre",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"certifiedOn\":\"2017-09-21\"}]}",
            "/certifications/0/round",
            "certification needs the field 'round'"),
        new Refused(
            "a certification without a date in a centre",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560}]}",
            "/certifications/0/certifiedOn",
            "certification needs the field 'certifiedOn'"),
        new Refused(
            "a centre id with trailing white space",
            Centre.class,
            "{\"id\":\"bkk-01 \"}",
            "/id",
            "centre id 'bkk-01 ' has leading or trailing white space; centre ids are trimmed"),
        new Refused(
            "a policy of unknown validity",
            Portfolio.class,
            "{\"validity\":\"FOREVER\",\"centres\":[]}",
            "/validity",
            validityMessage("FOREVER")),
        new Refused(
            "a centre id repeated",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"a\"}]}",
            "/centres/2/id",
            "centre id 'a' appears twice in the portfolio (first at centres[0]); centre ids are"
                + " unique"),
        // rules of the application types
        new Refused(
            "accepted with violations",
            CheckResult.class,
            "{\"accepted\":true,\"violations\":[" + violation() + "]}",
            "/accepted",
            "accepted is true but there are 1 violations; an application is accepted exactly"
                + " when it breaks no rule"),
        new Refused(
            "not accepted without violations",
            CheckResult.class,
            "{\"accepted\":false,\"violations\":[]}",
            "/accepted",
            "accepted is false but there are 0 violations; an application is accepted exactly"
                + " when it breaks no rule"),
        new Refused(
            "a warning with an unknown code",
            CheckResult.class,
            "{\"accepted\":true,\"violations\":[],\"warnings\":[{\"code\":\"WINDOW_CLOSED\","
                + "\"message\":\"m\",\"messageTh\":\"m\",\"source\":\"s\"}]}",
            "/warnings/0/code",
            "'WINDOW_CLOSED' is not one of "
                + names(io.github.gecc.application.WarningCode.values())),
        new Refused(
            "an unknown field of a warning",
            CheckResult.class,
            "{\"accepted\":true,\"violations\":[],\"warnings\":[{\"x\":1}]}",
            "/warnings/0/x",
            "unknown field 'x' in warning; allowed fields are code, message,"
                + " messageTh, source"),
        new Refused(
            "an unknown field of a violation",
            Violation.class,
            "{\"x\":1}",
            "/x",
            "unknown field 'x' in violation; allowed fields are code, message, messageTh,"
                + " source"),
        new Refused(
            "a round's window given twice",
            RoundDefinition.class,
            round("\"thaiText\":\"t\",\"closesAt\":\"2024-02-29\""),
            "/closesAt",
            "give the window either as thaiText or as opensAt and closesAt, not both"),
        new Refused(
            "a round's window given twice, the opening first",
            RoundDefinition.class,
            round("\"thaiText\":\"t\",\"opensAt\":\"2024-01-08\",\"closesAt\":\"2024-02-29\""),
            "/opensAt",
            "give the window either as thaiText or as opensAt and closesAt, not both"),
        new Refused(
            "a round without its closing",
            RoundDefinition.class,
            round("\"opensAt\":\"2024-01-08\""),
            "/closesAt",
            "round needs 'closesAt' or 'thaiText', the window as the circular writes it"),
        new Refused(
            "a round admitting no kind",
            RoundDefinition.class,
            round("\"closesAt\":\"2024-02-29\",\"eligibleKinds\":[]"),
            "/eligibleKinds",
            core(
                () ->
                    RoundDefinition.builder(roundClosing(29).window())
                        .eligibleKinds(java.util.Set.of())
                        .build())),
        new Refused(
            "a deadline without its task",
            RoundDefinition.class,
            round(
                "\"closesAt\":\"2024-02-29\",\"deadlines\":[{\"setBy\":\"DLA\","
                    + "\"purpose\":\"APPLICATION_REPORT\",\"due\":\"2024-02-20\"}]"),
            "/deadlines/0/task",
            "internal deadline needs the field 'task'"),
        new Refused(
            "a round given as a string in a register",
            RoundDefinition[].class,
            "[\"2567\"]",
            "/0",
            "round must be a JSON object, not the string \"2567\""),
        // the core's refusals, each blamed on the field that broke the rule
        new Refused(
            "a criterion of no points",
            Criterion.class,
            "{\"id\":\"B01\",\"level\":\"BASIC\",\"points\":0}",
            "/points",
            core(() -> Criterion.of("B01", Level.of("BASIC"), 0))),
        new Refused(
            "a criterion id of white space",
            Criterion.class,
            "{\"id\":\" \",\"level\":\"BASIC\",\"points\":0}",
            "/id",
            core(() -> Criterion.of(" ", Level.of("BASIC"), 1))),
        new Refused(
            "a level in lower case",
            Criterion.class,
            "{\"id\":\"B01\",\"level\":\"basic\",\"points\":1}",
            "/level",
            core(() -> Level.of("basic"))),
        new Refused(
            "a blank Thai title",
            Criterion.class,
            "{\"id\":\"B01\",\"level\":\"BASIC\",\"points\":1,\"titleThai\":\" \"}",
            "/titleThai",
            core(() -> Criterion.of("B01", Level.of("BASIC"), 1).withThaiTitle(" "))),
        new Refused(
            "a blank English title",
            Criterion.class,
            "{\"id\":\"B01\",\"level\":\"BASIC\",\"points\":1,\"titleEnglish\":\" \"}",
            "/titleEnglish",
            core(() -> Criterion.of("B01", Level.of("BASIC"), 1).withEnglishTitle(" "))),
        new Refused(
            "a count of none",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_COUNT\",\"level\":\"ADVANCED\",\"minimum\":0}",
            "/minimum",
            core(() -> Requirement.atLeast(0, Level.of("ADVANCED")))),
        new Refused(
            "points of none",
            Requirement.class,
            "{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":0}",
            "/minimum",
            core(() -> Requirement.atLeastPoints(0))),
        new Refused(
            "an outcome name of white space",
            Outcome.class,
            "{\"name\":\" \",\"requirements\":[]}",
            "/name",
            core(() -> Outcome.of(" ", Requirement.atLeastPoints(1)))),
        new Refused(
            "an outcome without requirements",
            Outcome.class,
            "{\"name\":\"P\",\"requirements\":[]}",
            "/requirements",
            core(() -> Outcome.of("P", List.of()))),
        new Refused(
            "a rulebook id of white space",
            Rulebook.class,
            OWN.replace("OWN-1", " "),
            "/id",
            core(() -> Rulebook.builder(" ", FiscalYear.of(2567)))),
        new Refused(
            "a not-reached outcome of white space",
            Rulebook.class,
            OWN.replace(
                "\"selfAssessmentGate\":0", "\"selfAssessmentGate\":0,\"notReachedOutcome\":\" \""),
            "/notReachedOutcome",
            core(() -> Rulebook.builder("OWN-1", FiscalYear.of(2567)).notReachedOutcome(" "))),
        new Refused(
            "a gate beyond the rulebook's points",
            Rulebook.class,
            OWN.replace("\"selfAssessmentGate\":0", "\"selfAssessmentGate\":9"),
            "/selfAssessmentGate",
            core(() -> ownBuilder("OWN-1").selfAssessmentGate(9).build())),
        new Refused(
            "an inline rulebook redefining a registered one",
            Assessment.class,
            "{\"rulebook\":"
                + OWN.replace("OWN-1", "GECC-2560")
                + ",\"kind\":\"COMMITTEE\","
                + "\"met\":[]}",
            "/rulebook/id",
            core(() -> io.github.gecc.rules.RulebookRegistry.bundled().admit(own("GECC-2560")))),
        new Refused(
            "a range that runs backwards",
            ThaiDateRange.class,
            "{\"start\":{\"date\":\"2024-02-29\"},\"end\":{\"date\":\"2024-01-08\","
                + "\"time\":\"08:30\"}}",
            "",
            core(
                () ->
                    ThaiDateRange.of(
                        ThaiDateTime.of(java.time.LocalDate.of(2024, 2, 29)),
                        ThaiDateTime.of(
                            java.time.LocalDate.of(2024, 1, 8), java.time.LocalTime.of(8, 30))))),
        new Refused(
            "a time with seconds",
            ThaiDateTime.class,
            "{\"date\":\"2024-02-29\",\"time\":\"16:30:00\"}",
            "/time",
            "'16:30:00' is not a time of day HH:mm such as 08:30"),
        new Refused(
            "a time past the day",
            ThaiDateTime.class,
            "{\"date\":\"2024-02-29\",\"time\":\"24:00\"}",
            "/time",
            "'24:00' is not a time of day HH:mm such as 08:30"),
        new Refused(
            "a time of one-digit hours",
            ThaiDateTime.class,
            "{\"date\":\"2024-02-29\",\"time\":\"8:30\"}",
            "/time",
            "'8:30' is not a time of day HH:mm such as 08:30"),
        new Refused(
            "a date-time without its date",
            ThaiDateTime.class,
            "{\"time\":\"08:30\"}",
            "/date",
            "Thai date-time needs the field 'date'"),
        new Refused(
            "a certification outside its round",
            Certification.class,
            certification("certifiedOn", "\"2019-09-21\""),
            "/certifiedOn",
            core(() -> certificationOn("2019-09-21"))),
        new Refused(
            "a certification outside its round in a centre",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,"
                + "\"certifiedOn\":\"2019-09-21\"}]}",
            "/certifications/0/certifiedOn",
            core(() -> certificationOn("2019-09-21"))),
        new Refused(
            "a centre certified twice in a round",
            Centre.class,
            "{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,\"certifiedOn\":"
                + "\"2017-09-21\"},{\"round\":2560,\"certifiedOn\":\"2017-09-22\"}]}",
            "/certifications/1/round",
            core(
                () ->
                    io.github.gecc.certification.CertificationHistory.of(
                        "bkk-01",
                        List.of(certificationOn("2017-09-21"), certificationOn("2017-09-22"))))),
        new Refused(
            "a centre with two reports for a period",
            Centre.class,
            "{\"id\":\"bkk-01\",\"reports\":["
                + report("submittedOn", "\"2018-04-20\"")
                + ","
                + report("submittedOn", "\"2018-04-21\"")
                + "]}",
            "/reports/1/period",
            core(
                () ->
                    Centre.of(
                        "bkk-01",
                        List.of(),
                        List.of(reportOn("2018-04-20"), reportOn("2018-04-21"))))),
        new Refused(
            "a report of negative respondents",
            MaintenanceReport.class,
            report("satisfaction", "{\"respondents\":-1,\"score\":87}"),
            "/satisfaction/respondents",
            core(() -> io.github.gecc.certification.SatisfactionResult.of(-1, 87))),
        new Refused(
            "a due period beyond any policy",
            LifecyclePolicy.class,
            "{\"dueDays\":-1000000000}",
            "/dueDays",
            core(() -> io.github.gecc.certification.ReportPolicy.dueAfter(-1_000_000_000))),
        new Refused(
            "a certification in the wrong round of a portfolio",
            Portfolio.class,
            "{\"validity\":\"FISCAL_YEARS\",\"centres\":[{\"id\":\"a\"},{\"id\":\"b\","
                + "\"certifications\":[{\"round\":2561,\"certifiedOn\":\"2017-09-22\"}]}]}",
            "/centres/1/certifications/0/certifiedOn",
            core(
                () ->
                    Certification.builder()
                        .centreId("b")
                        .round(FiscalYear.of(2561))
                        .certifiedOn(java.time.LocalDate.of(2017, 9, 22))
                        .build())),
        new Refused(
            "a portfolio without centres",
            Portfolio.class,
            "{}",
            "/centres",
            "portfolio needs the field 'centres'"),
        new Refused(
            "a portfolio's centre whose owed report is dated before its certification",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\"b\",\"certifications\":"
                + "[{\"round\":2560,\"certifiedOn\":\"2018-05-01\"}],\"reports\":[{\"fiscalYear\":"
                + "2561,\"period\":\"FY\",\"submittedOn\":\"2018-04-20\"}]}]}",
            "/centres/1/reports/0/submittedOn",
            core(
                () ->
                    io.github.gecc.certification.CentreLifecycle.of(
                        Centre.of(
                            "b",
                            List.of(
                                Certification.builder()
                                    .centreId("b")
                                    .round(FiscalYear.of(2560))
                                    .certifiedOn(java.time.LocalDate.of(2018, 5, 1))
                                    .build()),
                            List.of(
                                MaintenanceReport.builder()
                                    .period(
                                        io.github.gecc.certification.ReportingPeriod.of(
                                            FiscalYear.of(2561),
                                            io.github.gecc.certification.PeriodKind.FY))
                                    .submittedOn(java.time.LocalDate.of(2018, 4, 20))
                                    .build())),
                        LifecyclePolicy.defaults()))),
        new Refused(
            "a portfolio's centre reporting a period its certification does not owe",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\"b\",\"certifications\":"
                + "[{\"round\":2560,\"certifiedOn\":\"2017-09-21\"}],\"reports\":[{\"fiscalYear\":"
                + "2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\"},{\"fiscalYear\":"
                + "2599,\"period\":\"FY\",\"submittedOn\":\"2056-10-20\"}]}]}",
            "/centres/1/reports/1/period",
            core(
                () ->
                    io.github.gecc.certification.CentreLifecycle.of(
                        Centre.of(
                            "b",
                            List.of(
                                Certification.builder()
                                    .centreId("b")
                                    .round(FiscalYear.of(2560))
                                    .certifiedOn(java.time.LocalDate.of(2017, 9, 21))
                                    .build()),
                            List.of(
                                MaintenanceReport.builder()
                                    .period(
                                        io.github.gecc.certification.ReportingPeriod.of(
                                            FiscalYear.of(2599),
                                            io.github.gecc.certification.PeriodKind.FY))
                                    .submittedOn(java.time.LocalDate.of(2056, 10, 20))
                                    .build())),
                        LifecyclePolicy.defaults()))),
        new Refused(
            "a score at the largest exponent the readers take",
            MaintenanceReport.class,
            report("satisfaction", "{\"respondents\":10,\"score\":1e999999999}"),
            "/satisfaction/score",
            "the number 1e999999999 cannot be read exactly; give at most 15"
                + " significant digits within the range of a double"),
        new Refused(
            "a score past the largest exponent the readers take",
            MaintenanceReport.class,
            report("satisfaction", "{\"respondents\":10,\"score\":1e1000000000}"),
            "/satisfaction/score",
            "the number 1e1000000000 cannot be read: its exponent is out of"
                + " range; give a number within the range of a double"),
        new Refused(
            "a score past the smallest exponent the readers take",
            MaintenanceReport.class,
            report("satisfaction", "{\"respondents\":10,\"score\":1E-1000000000}"),
            "/satisfaction/score",
            "the number 1E-1000000000 cannot be read: its exponent is out of"
                + " range; give a number within the range of a double"),
        new Refused(
            "a directive repeating a round",
            RoundDefinition.class,
            directive(
                "\"directedBy\":\"DLA\",\"kinds\":[\"CITY_MUNICIPALITY\"],"
                    + "\"exemptIfCertifiedIn\":[2565,2566,2565]"),
            "/directive/exemptIfCertifiedIn",
            "a round is repeated in "
                + List.of(FiscalYear.of(2565), FiscalYear.of(2566), FiscalYear.of(2565))
                + "; list each round once"),
        new Refused(
            "a directive exempting its own round",
            RoundDefinition.class,
            directive(
                "\"directedBy\":\"DLA\",\"kinds\":[\"CITY_MUNICIPALITY\"],"
                    + "\"exemptIfCertifiedIn\":[2567],\"source\":\"own\""),
            "/directive/exemptIfCertifiedIn",
            core(
                () ->
                    io.github.gecc.application.ApplyDirective.exempting(
                        FiscalYear.of(2567),
                        "DLA",
                        java.util.Set.of(
                            io.github.gecc.application.OrganisationKind.CITY_MUNICIPALITY),
                        java.util.Set.of(FiscalYear.of(2567)),
                        "own"))),
        new Refused(
            "a directive without kinds",
            RoundDefinition.class,
            directive("\"directedBy\":\"DLA\""),
            "/directive/kinds",
            "directive needs the field 'kinds'"),
        new Refused(
            "a directive of a blank body",
            RoundDefinition.class,
            directive("\"directedBy\":\" \",\"kinds\":[\"CITY_MUNICIPALITY\"]"),
            "/directive/directedBy",
            "expected a non-empty string, not the string \" \""),
        new Refused(
            "a directive's rounds given as one number",
            RoundDefinition.class,
            directive(
                "\"directedBy\":\"DLA\",\"kinds\":[\"CITY_MUNICIPALITY\"],"
                    + "\"exemptIfCertifiedIn\":2566"),
            "/directive/exemptIfCertifiedIn",
            "expected a JSON array, not the number 2566"),
        new Refused(
            "a report giving satisfaction outside its parts",
            MaintenanceReport.class,
            "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
                + "\"satisfaction\":{\"respondents\":10,\"score\":87.5},\"parts\":[\"SELF_CHECKLIST\"]}",
            "/parts",
            core(
                () ->
                    MaintenanceReport.builder()
                        .period(
                            io.github.gecc.certification.ReportingPeriod.of(
                                FiscalYear.of(2561), io.github.gecc.certification.PeriodKind.H1))
                        .submittedOn(java.time.LocalDate.of(2018, 4, 20))
                        .satisfaction(io.github.gecc.certification.SatisfactionResult.of(10, 87.5))
                        .parts(
                            com.google.common.collect.ImmutableSet.of(
                                io.github.gecc.certification.ReportPart.SELF_CHECKLIST))
                        .build())),
        new Refused(
            "a report of an unknown part",
            MaintenanceReport.class,
            "{\"fiscalYear\":2561,\"period\":\"FY\",\"submittedOn\":\"2018-10-20\",\"parts\":[\"X\"]}",
            "/parts/0",
            "'X' is not one of SATISFACTION_RESULTS, SELF_CHECKLIST"),
        new Refused(
            "a first owed period given as a year",
            LifecyclePolicy.class,
            "{\"firstOwedPeriod\":2565}",
            "/firstOwedPeriod",
            "reporting period must be a JSON object, not the number 2565"),
        new Refused(
            "a first owed period of no kind",
            Portfolio.class,
            "{\"firstOwedPeriod\":{\"fiscalYear\":2565,\"period\":\"Q1\"},\"centres\":[]}",
            "/firstOwedPeriod/period",
            "'Q1' is not one of "
                + java.util.Arrays.stream(io.github.gecc.certification.PeriodKind.values())
                    .map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "))),
        new Refused(
            "a centre of an unknown kind",
            Centre.class,
            "{\"id\":\"a\",\"kind\":\"CITY\"}",
            "/kind",
            "'CITY' is not one of "
                + java.util.Arrays.stream(io.github.gecc.application.OrganisationKind.values())
                    .map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "))),
        new Refused(
            "a centre in a blank province",
            Portfolio.class,
            "{\"centres\":[{\"id\":\"a\",\"province\":\"\"}]}",
            "/centres/0/province",
            "centre 'a' has a blank province; leave it out or name the province"),
        new Refused(
            "a window closing outside its round",
            ApplicationWindow.class,
            window("closesAt", "\"2024-12-29T16:30:00+07:00\""),
            "/closesAt",
            core(() -> windowClosing("2024-12-29T16:30:00+07:00"))),
        new Refused(
            "a window closing in a Buddhist Era year",
            ApplicationWindow.class,
            window("closesAt", "\"2567-02-29T16:30\""),
            "/closesAt",
            core(
                () -> {
                  io.github.gecc.time.BuddhistEra.checkCommonEraText("2567-02-29T16:30");
                  return null;
                })),
        new Refused(
            "a round closing outside itself",
            RoundDefinition.class,
            round("\"opensAt\":\"2024-01-08\",\"closesAt\":\"2024-12-29\""),
            "/closesAt",
            core(
                () ->
                    windowClosing(
                        io.github.gecc.time.ThaiTime.endOfDay(java.time.LocalDate.of(2024, 12, 29))
                            .toString()))),
        new Refused(
            "a round opening after its closing",
            RoundDefinition.class,
            round("\"opensAt\":\"2024-03-08\",\"closesAt\":\"2024-02-29\""),
            "/opensAt",
            core(
                () ->
                    ApplicationWindow.of(
                        FiscalYear.of(2567),
                        io.github.gecc.time.ThaiTime.startOfDay(java.time.LocalDate.of(2024, 3, 8)),
                        io.github.gecc.time.ThaiTime.endOfDay(java.time.LocalDate.of(2024, 2, 29)),
                        java.util.Set.of(io.github.gecc.application.Channel.ONLINE),
                        java.util.Set.of(),
                        "circular"))),
        new Refused(
            "a round whose Thai wording closes in another round",
            RoundDefinition.class,
            "{\"round\":2568,\"thaiText\":\""
                + THAI_2567
                + "\",\"channels\":[\"ONLINE\"],"
                + "\"source\":\"circular\"}",
            "/thaiText",
            "'" + THAI_2567 + "' closes on 2024-02-29, in round 2567, not in round 2568"),
        new Refused(
            "a round opening too early",
            RoundDefinition.class,
            round("\"opensAt\":\"2022-01-08\",\"closesAt\":\"2024-02-29\""),
            "/opensAt",
            core(
                () ->
                    RoundDefinition.of(
                        ApplicationWindow.of(
                            FiscalYear.of(2567),
                            io.github.gecc.time.ThaiTime.startOfDay(
                                java.time.LocalDate.of(2022, 1, 8)),
                            io.github.gecc.time.ThaiTime.endOfDay(
                                java.time.LocalDate.of(2024, 2, 29)),
                            java.util.Set.of(io.github.gecc.application.Channel.ONLINE),
                            java.util.Set.of(),
                            "circular")))),
        new Refused(
            "a round closing at a time without a date",
            RoundDefinition.class,
            round("\"closesAt\":\"T16:30\""),
            "/closesAt",
            "'T16:30' is not an ISO-8601 date-time such as 2024-02-29T16:30:00+07:00: Text"
                + " 'T16:30' could not be parsed at index 0"));
  }

  static final String THAI_2567 = "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗";

  /** The message of the core's refusal, which the readers pass on unchanged. */
  static String core(java.util.function.Supplier<?> factory) {
    try {
      throw new AssertionError("the core accepts " + factory.get());
    } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
      return e.getMessage();
    }
  }

  static Rulebook own() {
    return own("OWN-1");
  }

  static Rulebook own(String id) {
    return ownBuilder(id).build();
  }

  /** The rulebook {@link #OWN} writes. */
  private static Rulebook.Builder ownBuilder(String id) {
    return Rulebook.builder(id, FiscalYear.of(2567))
        .addCriterion(Criterion.of("X1", Level.of("BASIC"), 2))
        .addCriterion(Criterion.of("X2", Level.of("BASIC"), 3))
        .addOutcome(Outcome.of("PASSED", Requirement.atLeastPoints(3)));
  }

  private static Certification certificationOn(String date) {
    return Certification.builder()
        .centreId("bkk-01")
        .round(FiscalYear.of(2560))
        .certifiedOn(java.time.LocalDate.parse(date))
        .build();
  }

  private static MaintenanceReport reportOn(String date) {
    return MaintenanceReport.builder()
        .period(
            io.github.gecc.certification.ReportingPeriod.of(
                2561, io.github.gecc.certification.PeriodKind.H1))
        .submittedOn(java.time.LocalDate.parse(date))
        .satisfaction(io.github.gecc.certification.SatisfactionResult.of(10, 87.5))
        .putChecklist("M01", true)
        .build();
  }

  private static ApplicationWindow windowClosing(String closesAt) {
    return ApplicationWindow.of(
        FiscalYear.of(2567),
        java.time.Instant.parse("2024-01-08T01:30:00Z"),
        java.time.OffsetDateTime.parse(closesAt).toInstant(),
        java.util.Set.of(io.github.gecc.application.Channel.ONLINE),
        java.util.Set.of(io.github.gecc.application.DocumentFormat.PDF),
        "circular");
  }

  private static RoundDefinition roundClosing(int day) {
    return RoundDefinition.of(
        ApplicationWindow.ofClosing(
            FiscalYear.of(2567),
            io.github.gecc.time.ThaiTime.endOfDay(java.time.LocalDate.of(2024, 2, day)),
            java.util.Set.of(io.github.gecc.application.Channel.ONLINE),
            java.util.Set.of(),
            "circular"));
  }

  private static String names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
  }

  private static String validityMessage(String name) {
    try {
      io.github.gecc.certification.ValidityPolicy.named(name);
      throw new AssertionError(name + " is a validity policy");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  static String ownAssessment() {
    return "{\"rulebook\":" + OWN + ",\"kind\":\"COMMITTEE\",\"met\":[\"X2\"]}";
  }

  private static String application(String selfAssessment) {
    return "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},"
        + "\"selfAssessment\":"
        + selfAssessment
        + ",\"submittedAt\":\"2024-01-10T09:00:00+07:00\"}";
  }

  private static String violation() {
    return "{\"code\":\"WINDOW_CLOSED\",\"message\":\"closed\",\"messageTh\":\"ปิด\","
        + "\"source\":\"RULES.md §4 FACT\"}";
  }

  private static String directive(String fields) {
    return "{\"round\":2567,\"closesAt\":\"2024-02-29\",\"channels\":[\"ONLINE\"],"
        + "\"source\":\"circular\",\"directive\":{"
        + fields
        + "}}";
  }

  private static String round(String window) {
    return "{\"round\":2567," + window + ",\"channels\":[\"ONLINE\"],\"source\":\"circular\"}";
  }

  static Stream<Arguments> refusalsOnLines() {
    return Line.onEveryLine(refusals());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("refusalsOnLines")
  void everyLineRefusesEachKindOfBadInputWithItsRuleAndPointer(Refused refused, Line line) {
    byte[] json = refused.json().getBytes(StandardCharsets.UTF_8);
    Line.Refused expected = new Line.Refused(refused.message(), refused.pointer());
    assertThat(ConformanceTest.refusal(line, json, refused.type())).isEqualTo(expected);
    assertThat(ConformanceTest.refusalOfGeccRead(line, json, refused.type())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.gecc.json.conformance.ConformanceTest#lines")
  void aWholeDayBoundPastTheCalendarIsRefusedAtItsField(Line line) {
    Line.Refused refused =
        ConformanceTest.refusal(
            line,
            ("{\"round\":2567,"
                    + "\"closesAt\":\"+999999999-12-31\",\"channels\":[\"ONLINE\"],\"source\":\"s\"}")
                .getBytes(StandardCharsets.UTF_8),
            RoundDefinition.class);
    assertThat(refused.pointer()).isEqualTo("/closesAt");
    assertThat(refused.message()).contains("writes its year with a sign");
  }
}
