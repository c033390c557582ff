package io.github.gecc.spring.sample;

import io.github.gecc.certification.Portfolio;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint over the library: {@code POST /portfolio/under-certification?asOf=DATE} with a GECC
 * portfolio document answers the centres under certification on that date. Spring MVC reads the
 * body with Boot's {@code JsonMapper}, on which the starter registered the GECC module, so a
 * refused document is a 400 like any unreadable body.
 */
@RestController
public class PortfolioController {

  /** Creates the controller; Spring calls it. */
  public PortfolioController() {}

  /**
   * Returns the centres under certification on a date.
   *
   * @param portfolio the portfolio, read from the request body
   * @param asOf the date asked about, ISO 8601
   * @return the ids of the centres under certification, in the portfolio's order
   */
  @PostMapping("/portfolio/under-certification")
  public List<String> underCertification(
      @RequestBody Portfolio portfolio,
      @RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    return portfolio.underCertification(asOf);
  }
}
