package ${package};

import io.github.gecc.testing.golden.GoldenCaseTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

public class OurGoldenCasesTest {

  @TestFactory
  public Stream<DynamicNode> goldenCases() {
    return GoldenCaseTests.from(Path.of("src/test/resources/golden"));
  }
}
