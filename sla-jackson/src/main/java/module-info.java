/**
 * sla4j's Jackson 2 module: strict, versioned JSON for policies, calendars, holiday rules, case
 * timelines and statuses. Register {@link io.github.sla4j.jackson.SlaModule}, or let {@code
 * ObjectMapper.findAndRegisterModules()} find it.
 */
module io.github.sla4j.jackson {
  requires transitive io.github.sla4j.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.sla4j.jackson;

  provides com.fasterxml.jackson.databind.Module with
      io.github.sla4j.jackson.SlaModule;
}
