/** The test kit's internals: backends, fixtures, and reading SDK shapes. Not API. */
package io.sable.test.internal;
