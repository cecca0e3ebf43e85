/** Progress of a long load on standard error: items written so far, of how many, and the rate. */
package io.sable.samples.progress;
