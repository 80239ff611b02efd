package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportCaseTest {

  @Test
  void build_severalProblems_reportsEveryOneAtOnce() {
    SupportCase.Builder builder =
        SupportCase.builder()
            .issueType(IssueType.ERROR)
            .link("ftp://files.example.com/x")
            .link("https://exa mple.com")
            .stepsToReproduce("  ");
    CaseValidationException e = catchThrowableOfType(CaseValidationException.class, builder::build);
    assertThat(e.problems())
        .extracting(FieldProblem::field)
        .containsExactly(
            "severity",
            "area",
            "links[0]",
            "links[1]",
            "stepsToReproduce",
            "firstNoticedAt",
            "expectedBehaviour");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getMessage())
        .contains("7 problems")
        .contains("'ftp://files.example.com/x' is not usable")
        .contains("https://admin.example.com/catalog");
  }

  @Test
  void build_noLinks_reportsLinks() {
    assertThat(SupportCase.builder().issueType(IssueType.QUESTION).validate())
        .extracting(FieldProblem::field)
        .containsExactly("severity", "area", "links");
  }

  @Test
  void build_completeError_isValid() {
    SupportCase c =
        SupportCase.builder()
            .severity(Severity.HIGH)
            .issueType(IssueType.ERROR)
            .area(ApplicationArea.PLAYER)
            .link(URI.create("https://shop.example.com/product/42"))
            .stepsToReproduce("Open the product page; rotate the model")
            .firstNoticedAt(Instant.parse("2026-11-18T14:00:00Z"))
            .expectedBehaviour("The model rotates")
            .build();
    assertThat(c.links()).containsExactly(URI.create("https://shop.example.com/product/42"));
    assertThat(c.otherInformation()).isEmpty();
    assertThat(c.stepsToReproduce()).contains("Open the product page; rotate the model");
  }

  @Test
  void build_question_needsNoStepsToReproduce() {
    SupportCase c =
        SupportCase.builder()
            .severity(Severity.MEDIUM)
            .issueType(IssueType.QUESTION)
            .area(ApplicationArea.ANALYTICS)
            .link("https://admin.example.com/analytics")
            .build();
    assertThat(c.stepsToReproduce()).isEmpty();
    assertThat(c)
        .isEqualTo(
            SupportCase.builder()
                .severity(Severity.MEDIUM)
                .issueType(IssueType.QUESTION)
                .area(ApplicationArea.ANALYTICS)
                .link("https://admin.example.com/analytics")
                .build());
  }
}
