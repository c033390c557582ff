package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CentreIdsTest {

  /** Ids of ASCII, of full-width and Thai letters and digits, and of combining marks, mixed. */
  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(12),
        Arbitraries.strings()
            .withCharRange('\uFF01', '\uFF5E')
            .withCharRange('a', 'z')
            .ofMaxLength(12),
        Arbitraries.strings()
            .withCharRange('\u0E01', '\u0E59')
            .withChars('\u0301', '\u2460', '-')
            .ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(12));
  }

  @Property(tries = 2000)
  void anIdIsLookedUpByItsNfkcForm(@ForAll("ids") String id) {
    assertThat(CentreIds.lookUp(id)).isEqualTo(Normalizer.normalize(id, Normalizer.Form.NFKC));
  }
}
