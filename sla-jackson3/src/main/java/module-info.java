/**
 * sla4j's Jackson 3 module: the same strict, versioned JSON as the Jackson 2 module, for policies,
 * calendars, holiday rules, case timelines and statuses. Register {@link
 * io.github.sla4j.jackson3.SlaModule}, or let {@code JsonMapper.builder().findAndAddModules()} find
 * it.
 */
module io.github.sla4j.jackson3 {
  requires transitive io.github.sla4j.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.sla4j.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.sla4j.jackson3.SlaModule;
}
