package io.github.sla4j.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/** Jackson's {@link MismatchedInputException} for a document that breaks an sla4j format rule. */
final class DocumentException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  DocumentException(
      JsonParser parser, String message, TokenStreamLocation location, Class<?> type) {
    super(parser, message, location);
    _targetType = type;
  }
}
