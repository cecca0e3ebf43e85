/**
 * The validation stage: checks a table's model and every entity in it against DynamoDB's rules and
 * Sable's, and reports every problem found (not just the first) on the narrowest element, with a
 * message from {@link io.sable.processor.validation.Message}.
 */
package io.sable.processor.validation;
