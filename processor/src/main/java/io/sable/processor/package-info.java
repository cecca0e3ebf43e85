/**
 * Sable's annotation processor. {@link io.sable.processor.SableProcessor} runs three stages, each in
 * its own package: {@link io.sable.processor.model} reads immutable records from the annotated
 * elements, {@link io.sable.processor.validation} collects every error of a model into a report,
 * and {@link io.sable.processor.writing} writes Java sources with JavaPoet for the tables whose
 * models are free of errors.
 */
package io.sable.processor;
