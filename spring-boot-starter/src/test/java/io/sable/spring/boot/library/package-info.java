/** The starter tests' model. */
package io.sable.spring.boot.library;
