/**
 * The golden-case engine: {@link io.github.gecc.golden.GoldenCases} reads case files, {@link
 * io.github.gecc.golden.GoldenRun} runs each case's command in-process through a {@link
 * io.github.gecc.golden.CommandRunner} and compares the expected subset, and writes a JUnit XML
 * report. It is the one implementation behind the project's own golden tests, {@code
 * GoldenCaseTests} of gecc-test-support and the command {@code gecc test DIR [--junit-xml FILE]}.
 *
 * <p>A case file is a JSON object {@code {"cases":[…]}}; each case has {@code name}, {@code rule}
 * (the rule it checks, e.g. "RULES.md §4 FACT …"), {@code source} (an official circular) or {@code
 * policy}, {@code command}, {@code input} and {@code expect}: {@code {"status":0,"output":{…}}}
 * (every field given must be in the output with that value; other output fields are ignored) or
 * {@code {"status":2,"error":{"path":"/date","messageContains":"…","rule":"4.19"}}}, {@code rule}
 * the code of the RULES.md row the refusal names. Case files are read strictly: an unknown or
 * misspelled field, a value of the wrong type or a repeated key is refused with the file and the
 * JSON Pointer. {@link io.github.gecc.golden.GoldenCoverage} counts, for each row of RULES.md, the
 * cases whose {@code rule} cites it ({@code §3.2}), and for each violation, warning and reason
 * code, the cases whose answer holds it.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.golden;
