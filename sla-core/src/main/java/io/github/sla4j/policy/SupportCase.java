package io.github.sla4j.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support case as the customer logs it, with what the policy asks for: severity, issue type,
 * application area, live-site or admin links, steps to reproduce, when the issue was first noticed,
 * the expected behaviour and other information.
 *
 * <p>Every field is required except other information; for a {@link IssueType#QUESTION} the steps
 * to reproduce, first-noticed instant and expected behaviour are optional too. Links must be
 * absolute {@code http} or {@code https} URIs with a host. {@link Builder#build()} reports every
 * problem at once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupportCase {

  private final Severity severity;
  private final IssueType issueType;
  private final ApplicationArea area;
  private final List<URI> links;
  private final @Nullable String stepsToReproduce;
  private final @Nullable Instant firstNoticedAt;
  private final @Nullable String expectedBehaviour;
  private final @Nullable String otherInformation;

  private SupportCase(Builder b, List<URI> links) {
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.issueType = Objects.requireNonNull(b.issueType, "issueType");
    this.area = Objects.requireNonNull(b.area, "area");
    this.links = Collections.unmodifiableList(links);
    this.stepsToReproduce = b.stepsToReproduce;
    this.firstNoticedAt = b.firstNoticedAt;
    this.expectedBehaviour = b.expectedBehaviour;
    this.otherInformation = b.otherInformation;
  }

  /**
   * Starts building a case.
   *
   * @return a new, empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the severity (the customer's priority).
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets the issue type.
   *
   * @return the issue type, not null
   */
  public IssueType issueType() {
    return issueType;
  }

  /**
   * Gets the application area.
   *
   * @return the area, not null
   */
  public ApplicationArea area() {
    return area;
  }

  /**
   * Gets the live-site or admin links.
   *
   * @return the links, unmodifiable, at least one
   */
  public List<URI> links() {
    return links;
  }

  /**
   * Gets the steps to reproduce.
   *
   * @return the steps, empty only for a question without them
   */
  public Optional<String> stepsToReproduce() {
    return Optional.ofNullable(stepsToReproduce);
  }

  /**
   * Gets when the issue was first noticed.
   *
   * @return the instant, empty only for a question without it
   */
  public Optional<Instant> firstNoticedAt() {
    return Optional.ofNullable(firstNoticedAt);
  }

  /**
   * Gets the expected behaviour.
   *
   * @return the expected behaviour, empty only for a question without it
   */
  public Optional<String> expectedBehaviour() {
    return Optional.ofNullable(expectedBehaviour);
  }

  /**
   * Gets other information.
   *
   * @return the information, possibly empty
   */
  public Optional<String> otherInformation() {
    return Optional.ofNullable(otherInformation);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SupportCase o
        && severity == o.severity
        && issueType == o.issueType
        && area == o.area
        && links.equals(o.links)
        && Objects.equals(stepsToReproduce, o.stepsToReproduce)
        && Objects.equals(firstNoticedAt, o.firstNoticedAt)
        && Objects.equals(expectedBehaviour, o.expectedBehaviour)
        && Objects.equals(otherInformation, o.otherInformation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        severity,
        issueType,
        area,
        links,
        stepsToReproduce,
        firstNoticedAt,
        expectedBehaviour,
        otherInformation);
  }

  @Override
  public String toString() {
    return "SupportCase[" + severity + ", " + issueType + ", " + area + ", " + links + "]";
  }

  /**
   * Builds a {@link SupportCase}, collecting values as given so that validation can report every
   * missing or malformed field at once. Not thread-safe.
   */
  public static final class Builder {

    private @Nullable Severity severity;
    private @Nullable IssueType issueType;
    private @Nullable ApplicationArea area;
    private final List<String> links = new ArrayList<>();
    private @Nullable String stepsToReproduce;
    private @Nullable Instant firstNoticedAt;
    private @Nullable String expectedBehaviour;
    private @Nullable String otherInformation;

    private Builder() {}

    /**
     * Sets the severity.
     *
     * @param severity the severity, null to leave it missing
     * @return this builder
     */
    public Builder severity(@Nullable Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the issue type.
     *
     * @param issueType the type, null to leave it missing
     * @return this builder
     */
    public Builder issueType(@Nullable IssueType issueType) {
      this.issueType = issueType;
      return this;
    }

    /**
     * Sets the application area.
     *
     * @param area the area, null to leave it missing
     * @return this builder
     */
    public Builder area(@Nullable ApplicationArea area) {
      this.area = area;
      return this;
    }

    /**
     * Adds a live-site or admin link as text; malformed text is reported by validation.
     *
     * @param link the link, not null
     * @return this builder
     */
    public Builder link(String link) {
      links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Adds a live-site or admin link.
     *
     * @param link the link, not null
     * @return this builder
     */
    public Builder link(URI link) {
      return link(Objects.requireNonNull(link, "link").toString());
    }

    /**
     * Sets the steps to reproduce.
     *
     * @param steps the steps, null to leave them missing
     * @return this builder
     */
    public Builder stepsToReproduce(@Nullable String steps) {
      this.stepsToReproduce = steps;
      return this;
    }

    /**
     * Sets when the issue was first noticed.
     *
     * @param firstNoticedAt the instant, null to leave it missing
     * @return this builder
     */
    public Builder firstNoticedAt(@Nullable Instant firstNoticedAt) {
      this.firstNoticedAt = firstNoticedAt;
      return this;
    }

    /**
     * Sets the expected behaviour.
     *
     * @param expected the expected behaviour, null to leave it missing
     * @return this builder
     */
    public Builder expectedBehaviour(@Nullable String expected) {
      this.expectedBehaviour = expected;
      return this;
    }

    /**
     * Sets other information.
     *
     * @param information the information, null for none
     * @return this builder
     */
    public Builder otherInformation(@Nullable String information) {
      this.otherInformation = information;
      return this;
    }

    /**
     * Checks every field and reports every problem found.
     *
     * @return the problems in field order, empty when the case is valid
     */
    public List<FieldProblem> validate() {
      List<FieldProblem> problems = new ArrayList<>();
      require(problems, "severity", severity, "one of CRITICAL, URGENT, HIGH, MEDIUM");
      require(problems, "issueType", issueType, "ERROR or QUESTION");
      require(problems, "area", area, "the application area the case is about");
      parseLinks(problems);
      if (!IssueType.QUESTION.equals(issueType)) {
        requireText(problems, "stepsToReproduce", stepsToReproduce);
        require(problems, "firstNoticedAt", firstNoticedAt, "the instant the issue was first seen");
        requireText(problems, "expectedBehaviour", expectedBehaviour);
      }
      return problems;
    }

    /**
     * Builds the case.
     *
     * @return the case, not null
     * @throws CaseValidationException listing every missing or malformed field
     */
    public SupportCase build() {
      List<FieldProblem> problems = validate();
      if (!problems.isEmpty()) {
        throw new CaseValidationException(problems);
      }
      return new SupportCase(this, parseLinks(problems));
    }

    private static void require(
        List<FieldProblem> problems, String field, @Nullable Object value, String expected) {
      if (value == null) {
        problems.add(new FieldProblem(field, "is missing: give " + expected));
      }
    }

    private static void requireText(List<FieldProblem> problems, String field, @Nullable String s) {
      if (s == null || s.isBlank()) {
        problems.add(new FieldProblem(field, "is missing or blank: an ERROR case needs it"));
      }
    }

    private List<URI> parseLinks(List<FieldProblem> problems) {
      if (links.isEmpty()) {
        problems.add(
            new FieldProblem(
                "links", "is empty: give at least one live-site or admin link (https://...)"));
      }
      List<URI> uris = new ArrayList<>();
      for (int i = 0; i < links.size(); i++) {
        String problem = linkProblem(links.get(i));
        if (problem == null) {
          uris.add(URI.create(links.get(i)));
        } else {
          problems.add(new FieldProblem("links[" + i + "]", problem));
        }
      }
      return uris;
    }

    private static @Nullable String linkProblem(String link) {
      String rule = ": a link must be an absolute http or https URL with a host, e.g. ";
      String example = "https://admin.example.com/catalog";
      try {
        URI uri = new URI(link);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return null;
        }
        return "'" + link + "' is not usable" + rule + example;
      } catch (URISyntaxException e) {
        return "'" + link + "' is malformed (" + e.getReason() + ")" + rule + example;
      }
    }
  }
}
