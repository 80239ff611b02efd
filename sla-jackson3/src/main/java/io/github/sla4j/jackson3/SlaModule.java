package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.Bindings;
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

  private static final Version VERSION = readVersion();

  private final double[] thresholds;

  /**
   * Creates the module. Case statuses are written with thresholds at 50 %, 75 %, 90 % and 100 % of
   * the target.
   */
  public SlaModule() {
    this(Bindings.DEFAULT_THRESHOLDS);
  }

  private SlaModule(double[] thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Returns a module that writes case statuses with thresholds at other fractions of the target.
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
    return "sla4j";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getRegistrationId() {
    return SlaModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Bindings.Binding<?> binding : Bindings.all(thresholds)) {
      register(binding, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(
      Bindings.Binding<T> binding,
      SimpleSerializers serializers,
      SimpleDeserializers deserializers) {
    serializers.addSerializer(new SlaSerializer<>(binding));
    if (binding.reader() != null) {
      deserializers.addDeserializer(binding.type(), new SlaDeserializer<>(binding));
    }
  }

  private static Version readVersion() {
    String version =
        Bindings.version(SlaModule.class.getResourceAsStream("sla-jackson3.properties"));
    return VersionUtil.parseVersion(version, "io.github.sla4j", "sla-jackson3");
  }
}
