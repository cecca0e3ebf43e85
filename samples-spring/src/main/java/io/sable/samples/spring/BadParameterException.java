package io.sable.samples.spring;

/**
 * A request parameter the service refuses, answered with 400 and a problem body whose {@code detail}
 * is this exception's message ({@link ProblemDetails}).
 */
class BadParameterException extends RuntimeException {

  /**
   * A refusal with this detail.
   *
   * @param detail what is wrong with which parameter, for the client
   */
  BadParameterException(String detail) {
    super(detail);
  }
}
