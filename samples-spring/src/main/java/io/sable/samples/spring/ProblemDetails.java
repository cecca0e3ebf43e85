package io.sable.samples.spring;

import java.time.LocalDate;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 9457 problem bodies ({@code application/problem+json}, Spring's {@link
 * ProblemDetail}): Spring MVC's own (a missing parameter, an unknown path: 400, 404, ...), the
 * controller's 404s, and {@link BadParameterException}s (400), each with a {@code detail} that says
 * what is wrong. A parameter of the wrong type says which and what it should be:
 *
 * <pre>{@code
 * {"type":"about:blank","title":"Bad Request","status":400,
 *  "detail":"from is '2001-13-01', which is not a date (yyyy-MM-dd)","instance":"/airports/SEA/departures"}
 * }</pre>
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

  /** 400 for a parameter the controller refuses. */
  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /** 400 for a parameter that does not convert, naming the parameter and the form it needs. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        name + " is '" + e.getValue() + "', which is not " + describe(e.getRequiredType()));
    return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String describe(@Nullable Class<?> type) {
    if (type == LocalDate.class) {
      return "a date (yyyy-MM-dd)";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    return type == null ? "of the expected type" : "a " + type.getSimpleName();
  }
}
