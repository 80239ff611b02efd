package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.Bindings;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for sla4j: reads and writes business calendars, holiday calendars, support
 * policies, case timelines and their events, and writes case statuses, in the sla4j JSON format
 * (see {@code docs/json-format.md}). It writes byte for byte the documents the Jackson 2 module
 * ({@code sla-jackson}) writes, and reads them with the same rules and messages.
 *
 * <p>Register it explicitly with {@code JsonMapper.builder().addModule(new SlaModule()).build()},
 * or let {@code JsonMapper.builder().findAndAddModules()} find it through {@code META-INF/services}
 * (or the module system's {@code provides}).
 *
 * <p>Reading is strict: unknown properties, missing required ones, wrong types and invalid values
 * are refused with Jackson 3's own unchecked exceptions ({@code UnrecognizedPropertyException},
 * {@code MismatchedInputException}) whose path and message say where, what rule, and how to fix it,
 * whatever the mapper's own settings. No class names are read from documents.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaModule extends JacksonModule {

  private static final Version VERSION =
      VersionUtil.parseVersion(
          Bindings.version(SlaModule.class.getResourceAsStream("sla-jackson3.properties")),
          "io.github.sla4j",
          "sla-jackson3");

  private final List<Bindings.Binding<?>> bindings;

  /**
   * Creates the module; {@code JsonMapper.builder().findAndAddModules()} creates it so. Case
   * statuses are written with thresholds at 50 %, 75 %, 90 % and 100 % of the target.
   */
  public SlaModule() {
    bindings = Bindings.all(Bindings.DEFAULT_THRESHOLDS);
  }

  private SlaModule(List<Bindings.Binding<?>> bindings) {
    this.bindings = bindings;
  }

  /**
   * Returns a module that writes case statuses with thresholds at other fractions of the target.
   * Add it to the mapper's builder yourself, {@code JsonMapper.builder().addModule(new
   * SlaModule().withThresholds(0.5, 1.0))}, rather than finding modules, which would add the
   * default one.
   *
   * @param fractions the fractions, each zero or more, e.g. {@code 0.5, 0.9, 1.0}
   * @return a new module, not null
   * @throws IllegalArgumentException if a fraction is negative, infinite or NaN
   */
  public SlaModule withThresholds(double... fractions) {
    return new SlaModule(Bindings.all(Bindings.checkThresholds(fractions)));
  }

  @Override
  public String getModuleName() {
    return Bindings.MODULE_NAME;
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /** One id for every instance: a mapper builder adds the module once. */
  @Override
  public Object getRegistrationId() {
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
