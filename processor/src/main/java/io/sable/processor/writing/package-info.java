/**
 * The writing stage: one JavaPoet generator per output kind. Generated classes are final, carry
 * {@code @Generated("io.sable.processor.SableProcessor")}, use no reflection, and come out the same
 * for the same model so that golden files can be diffed.
 */
package io.sable.processor.writing;
