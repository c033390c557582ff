package io.github.gecc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RefusalExceptionTest {

  @Test
  void carriesItsRuleValueAndBothMessages() {
    RefusalException refused =
        RefusalException.of("6.4", "2025-01-01", "the report is not owed", "ไม่ต้องส่งรายงานนี้");

    assertThat(refused.rule()).isEqualTo("6.4");
    assertThat(refused.value()).contains("2025-01-01");
    assertThat(refused.english()).isEqualTo("the report is not owed");
    assertThat(refused.getMessage()).isEqualTo("the report is not owed");
    assertThat(refused.thai()).isEqualTo("ไม่ต้องส่งรายงานนี้");
    assertThat(refused.path().isRoot()).isTrue();
  }

  @Test
  void aRefusalWithoutValueHasNone() {
    assertThat(RefusalException.withoutValue("3.1", "no criterion", "ไม่มีเกณฑ์").value())
        .isEmpty();
  }

  @Test
  void thePathGrowsOutwardAsTheRefusalTravelsUp() {
    RefusalException refused =
        RefusalException.of("6.4", "2025-01-01", "not owed", "ไม่ต้องส่ง")
            .at("submittedOn")
            .at("reports", 0)
            .at("centres", 3);

    assertThat(refused.path()).hasToString("centres[3].reports[0].submittedOn");
    assertThat(refused.path().tokens())
        .containsExactly("centres", "3", "reports", "0", "submittedOn");
    assertThat(refused.toString())
        .isEqualTo("RefusalException[rule 6.4 at centres[3].reports[0].submittedOn]: not owed");
  }

  @Test
  void relocatingKeepsEverythingButThePath() {
    RefusalException refused = RefusalException.of("4.15", 2570, "outside", "นอกรอบ");
    RefusalException moved = refused.at("closesAt");

    assertThat(moved).isNotSameAs(refused);
    assertThat(refused.path().isRoot()).isTrue();
    assertThat(moved.rule()).isEqualTo("4.15");
    assertThat(moved.value()).contains("2570");
    assertThat(moved.thai()).isEqualTo("นอกรอบ");
    assertThat(moved.getStackTrace()).isEqualTo(refused.getStackTrace());
  }

  @Test
  void refusesARuleCodeThatIsNoRow() {
    assertThatThrownBy(() -> RefusalException.of("6", "x", "m", "ข"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'6'");
    assertThatThrownBy(() -> RefusalException.of("§6.4", "x", "m", "ข"))
        .hasMessageContaining("'§6.4'");
    assertThatThrownBy(() -> RefusalException.of("6.0", "x", "m", "ข"))
        .hasMessageContaining("'6.0'");
  }

  @Test
  void refusesABlankMessage() {
    assertThatThrownBy(() -> RefusalException.of("6.4", "x", " ", "ข"))
        .hasMessageContaining("blank message");
    assertThatThrownBy(() -> RefusalException.withoutValue("6.4", "m", ""))
        .hasMessageContaining("blank message");
  }

  @Test
  void pathsRefuseBlankNamesAndNegativeIndices() {
    assertThatThrownBy(() -> ValuePath.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> ValuePath.root().index(-1)).hasMessageContaining("-1");
  }

  @Test
  void theRootPathIsEmptyText() {
    assertThat(ValuePath.root()).hasToString("");
    assertThat(ValuePath.root().tokens()).isEmpty();
    assertThat(ValuePath.root().index(2)).hasToString("[2]");
  }

  @Property
  void resolvingConcatenatesTokensAndKeepsTheKindOfEachSegment(
      @ForAll("paths") ValuePath outer, @ForAll("paths") ValuePath inner) {
    ValuePath joined = outer.resolve(inner);

    assertThat(joined.tokens())
        .containsExactlyElementsOf(
            ImmutableList.<String>builder().addAll(outer.tokens()).addAll(inner.tokens()).build());
    for (int i = 0; i < inner.tokens().size(); i++) {
      assertThat(joined.isIndex(outer.tokens().size() + i)).isEqualTo(inner.isIndex(i));
    }
    assertThat(joined.isRoot()).isEqualTo(outer.isRoot() && inner.isRoot());
  }

  @Property
  void pathsOfTheSameSegmentsAreEqual(@ForAll("paths") ValuePath path) {
    ValuePath rebuilt = ValuePath.root();
    for (int i = 0; i < path.tokens().size(); i++) {
      rebuilt =
          path.isIndex(i)
              ? rebuilt.index(Integer.parseInt(path.tokens().get(i)))
              : rebuilt.name(path.tokens().get(i));
    }
    assertThat(rebuilt).isEqualTo(path).hasSameHashCodeAs(path).hasToString(path.toString());
  }

  @Property
  void aNameThatLooksLikeAnIndexIsStillAName(@ForAll("digits") String digits) {
    ValuePath named = ValuePath.of(digits);
    ValuePath indexed = ValuePath.root().index(Integer.parseInt(digits));

    assertThat(named.tokens()).isEqualTo(indexed.tokens());
    assertThat(named).isNotEqualTo(indexed);
    assertThat(named.isIndex(0)).isFalse();
    assertThat(indexed.isIndex(0)).isTrue();
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.integers().between(0, 10_000).map(String::valueOf);
  }

  @Provide
  Arbitrary<ValuePath> paths() {
    Arbitrary<Object> segment =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(name -> (Object) name),
            Arbitraries.integers().between(0, 50).map(index -> (Object) index));
    return segment.list().ofMaxSize(6).map(RefusalExceptionTest::path);
  }

  private static ValuePath path(List<Object> segments) {
    ValuePath path = ValuePath.root();
    for (Object segment : segments) {
      path =
          segment instanceof Integer ? path.index((Integer) segment) : path.name((String) segment);
    }
    return path;
  }
}
