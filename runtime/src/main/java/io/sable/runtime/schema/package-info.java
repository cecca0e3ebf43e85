/**
 * Entity schemas: the mapping between an entity object and a DynamoDB item, written by the processor
 * without reflection, and usable directly as the Enhanced Client's {@code TableSchema}.
 */
package io.sable.runtime.schema;
