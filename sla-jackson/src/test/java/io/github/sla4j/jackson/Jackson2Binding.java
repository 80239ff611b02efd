package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.InputStream;

/** The Jackson 2 binding for the shared suites: a mapper with {@link SlaModule} registered. */
public final class Jackson2Binding implements JsonBinding {

  /** The binding. */
  public static final JsonBinding INSTANCE = new Jackson2Binding();

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SlaModule());
  private static final ObjectMapper PRETTY =
      new ObjectMapper().registerModule(new SlaModule()).enable(SerializationFeature.INDENT_OUTPUT);

  private Jackson2Binding() {}

  @Override
  public String write(Object value) throws Exception {
    return MAPPER.writeValueAsString(value);
  }

  @Override
  public String writePretty(Object value) throws Exception {
    return PRETTY.writeValueAsString(value);
  }

  @Override
  public String writeWithThresholds(Object value, double... fractions) throws Exception {
    return new ObjectMapper()
        .registerModule(new SlaModule().withThresholds(fractions))
        .writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Override
  public InputStream schema() {
    return SlaModule.class.getResourceAsStream("sla4j.schema.json");
  }

  @Override
  public Exceptions exceptions() {
    return new Exceptions(
        JsonMappingException.class,
        MismatchedInputException.class,
        UnrecognizedPropertyException.class);
  }

  @Override
  public Refused details(Throwable refusal) {
    JsonMappingException e = (JsonMappingException) refusal;
    JsonLocation at = e.getLocation();
    return new Refused(
        e.getOriginalMessage(),
        e.getPathReference(),
        at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(),
        e instanceof UnrecognizedPropertyException u ? u.getPropertyName() : null);
  }

  @Override
  public String toString() {
    return "Jackson 2";
  }
}
