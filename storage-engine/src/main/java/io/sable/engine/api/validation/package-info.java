/**
 * Validation of every request against the constraints of AWS's API model for DynamoDB and
 * DynamoDB Streams (string lengths, list and map sizes, number ranges, enum values, patterns and
 * required members), reported as DynamoDB's service framework reports them: {@code 1 validation
 * error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length
 * greater than or equal to 3}. It runs before any table is looked up; the checks the model cannot
 * express stay with each operation in {@code io.sable.engine.api.internal}. Imports only the value
 * layer and the SDK.
 */
package io.sable.engine.api.validation;
