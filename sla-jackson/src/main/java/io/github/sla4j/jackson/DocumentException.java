package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Jackson's {@link MismatchedInputException} for a document that breaks an sla4j format rule. */
final class DocumentException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  DocumentException(JsonParser parser, String message, JsonLocation location, Class<?> type) {
    super(parser, message, location);
    _targetType = type;
  }
}
