package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG picture is well-formed XML and shows every part it promises. */
class TimelineSvgTest {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @TempDir Path dir;

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static NodeList select(Document doc, String xpath) throws Exception {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  private static TimelineSvg.Drawing draw(CaseTimeline timeline, String newYorkNow) {
    CaseStatus status =
        SlaTracker.of(SlaPolicy.threekit()).status(timeline, CliFiles.newYork(newYorkNow));
    return TimelineSvg.draw(
        "Case CASE-1042 <API> & \"escalated\"",
        timeline,
        status.primary(),
        status.thresholds(0.5, 0.75, 0.9));
  }

  @Test
  void draw_escalatedCase_isWellFormedAndHasEveryPart() throws Exception {
    TimelineSvg.Drawing drawing = draw(CliFiles.escalatedCase(), "2026-11-19T10:30");
    Document doc = parse(drawing.svg());

    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    // Wed 18 and Thu 19 November: one 03:00-18:00 window each.
    assertThat(select(doc, "//*[@id='open-windows']/*[local-name()='rect']").getLength())
        .isEqualTo(2)
        .isEqualTo(drawing.openWindows());
    assertThat(select(doc, "//*[@class='pause']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@class='threshold']").getLength()).isEqualTo(3);
    assertThat(select(doc, "//*[@class='deadline']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@class='now']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@class='opened']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@class='severity-change']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@id='axis']/*[@class='day-label']").getLength()).isEqualTo(2);
    assertThat(select(doc, "//*[@class='zone-label']").item(0).getTextContent())
        .isEqualTo("local times in America/New_York");
    assertThat(
            select(doc, "//*[@class='deadline']/*[local-name()='title']").item(0).getTextContent())
        .contains("2026-11-19T16:00:00Z", "Thu 2026-11-19 11:00 America/New_York");
    assertThat(select(doc, "//*[@class='title']").item(0).getTextContent())
        .isEqualTo("Case CASE-1042 <API> & \"escalated\"");
  }

  @Test
  void draw_breachedCase_marksTheBreach_andShadesEveryOpenDay() throws Exception {
    Document doc = parse(draw(CliFiles.escalatedCase(), "2026-11-23T12:00").svg());

    assertThat(select(doc, "//*[@class='breach']").getLength()).isEqualTo(1);
    // Wed 18 to Mon 23 November: Wed, Thu, Fri, Mon are open.
    assertThat(select(doc, "//*[@class='open-window']").getLength()).isEqualTo(4);
  }

  @Test
  void draw_pausedCase_drawsThePauseUpToNow() throws Exception {
    CaseTimeline paused =
        CaseTimeline.opened(
                CliFiles.newYork("2026-11-18T10:00"),
                io.github.sla4j.policy.SupportTier.STANDARD,
                io.github.sla4j.policy.Severity.CRITICAL,
                io.github.sla4j.policy.Channel.EMAIL,
                io.github.sla4j.policy.ApplicationArea.PLAYER)
            .withPause(CliFiles.newYork("2026-11-18T11:00"));
    Document doc = parse(draw(paused, "2026-11-18T12:00").svg());

    assertThat(select(doc, "//*[@class='pause']/*[local-name()='title']").item(0).getTextContent())
        .contains("(1h)");
    // 24/7 target: the whole day is one open window.
    assertThat(select(doc, "//*[@class='open-window']").getLength()).isEqualTo(1);
  }

  /** Needs the timeline reader of sla-jackson. */
  @Test
  void timelineCommand_writesTheSvgFile() throws Exception {
    Path file = CliFiles.write(dir.resolve("case.json"), CliFiles.escalatedCase());
    Path svg = dir.resolve("case.svg");

    CliRun run =
        CliRun.of(
            "timeline",
            "--timeline",
            file.toString(),
            "--svg",
            svg.toString(),
            "--now",
            "2026-11-19T10:30-05:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 open windows, 1 pause, 3 thresholds");
    Document doc = parse(Files.readString(svg));
    assertThat(select(doc, "//*[@class='deadline']").getLength()).isEqualTo(1);
  }

  @Test
  void escape_replacesXmlSpecials() throws IOException {
    assertThat(TimelineSvg.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&apos;");
  }
}
