package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.sla4j.internal.json.Bindings;
import java.util.List;

/**
 * The Jackson 2 module for sla4j: reads and writes business calendars, holiday calendars, support
 * policies, case timelines and their events, and writes case statuses, in the sla4j JSON format
 * (see {@code docs/json-format.md}; the JSON Schema is in this jar at {@code
 * /io/github/sla4j/jackson/sla4j.schema.json}).
 *
 * <p>Register it explicitly with {@code new ObjectMapper().registerModule(new SlaModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services} (or the
 * module system's {@code provides}).
 *
 * <p>Reading is strict: unknown properties, missing required ones, wrong types and invalid values
 * are refused with Jackson's own exceptions ({@code UnrecognizedPropertyException}, {@code
 * MismatchedInputException}) whose path and message say where, what rule, and how to fix it,
 * whatever the mapper's own settings. No class names are read from documents.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaModule extends Module {

  private static final Version VERSION =
      VersionUtil.parseVersion(
          Bindings.version(SlaModule.class.getResourceAsStream("sla-jackson.properties")),
          "io.github.sla4j",
          "sla-jackson");

  private final List<Bindings.Binding<?>> bindings;

  /**
   * Creates the module, as {@code findAndRegisterModules()} does. Case statuses are written with
   * thresholds at 50 %, 75 %, 90 % and 100 % of the target.
   */
  public SlaModule() {
    this(Bindings.DEFAULT_THRESHOLDS);
  }

  private SlaModule(double[] thresholds) {
    this.bindings = Bindings.all(thresholds);
  }

  /**
   * Returns a module that writes case statuses with thresholds at other fractions of the target;
   * register it in place of the discovered one: {@code new ObjectMapper().registerModule(new
   * SlaModule().withThresholds(0.5, 1.0))}.
   *
   * @param fractions the fractions, each zero or more, e.g. {@code 0.5, 0.9, 1.0}
   * @return a new module, not null
   * @throws IllegalArgumentException if a fraction is negative, infinite or NaN
   */
  public SlaModule withThresholds(double... fractions) {
    return new SlaModule(Bindings.checkThresholds(fractions));
  }

  @Override
  public String getModuleName() {
    return Bindings.MODULE_NAME;
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /** One id for every instance, so that a mapper registers the module once. */
  @Override
  public Object getTypeId() {
    return SlaModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(
        new SimpleSerializers(Bindings.serializers(bindings, SlaSerializer::new)));
    context.addDeserializers(
        new SimpleDeserializers(Bindings.deserializers(bindings, SlaDeserializer::new)));
  }
}
