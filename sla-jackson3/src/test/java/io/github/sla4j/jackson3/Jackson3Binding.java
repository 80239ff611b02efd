package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.JsonBinding;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 binding for the shared suites. Its mapper is built as Spring Boot builds one, with
 * the modules found on the class or module path, so every suite also checks discovery.
 */
final class Jackson3Binding implements JsonBinding {

  static final JsonBinding INSTANCE = new Jackson3Binding();

  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  private static final JsonMapper PRETTY =
      JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Jackson3Binding() {}

  @Override
  public String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  @Override
  public String writePretty(Object value) {
    return PRETTY.writeValueAsString(value);
  }

  @Override
  public String writeWithThresholds(Object value, double... fractions) {
    return JsonMapper.builder()
        .addModule(new SlaModule().withThresholds(fractions))
        .build()
        .writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  @Override
  public InputStream schema() {
    return SlaModule.class.getResourceAsStream("sla4j.schema.json");
  }

  @Override
  public Exceptions exceptions() {
    return new Exceptions(
        DatabindException.class,
        MismatchedInputException.class,
        UnrecognizedPropertyException.class);
  }

  @Override
  public Refused details(Throwable refusal) {
    JacksonException e = (JacksonException) refusal;
    TokenStreamLocation at = e.getLocation();
    return new Refused(
        e.getOriginalMessage(),
        e.getPathReference(),
        at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(),
        e instanceof UnrecognizedPropertyException u ? u.getPropertyName() : null);
  }

  @Override
  public String toString() {
    return "Jackson 3";
  }
}
