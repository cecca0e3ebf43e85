/**
 * Runs dynoxide (an open-source, SQLite-backed DynamoDB emulator, Apache-2.0/MIT, installed from
 * npm as a static binary) in memory on loopback, as a second witness for Sable's differential
 * tests. Test and benchmark scope only.
 */
package io.sable.dynoxide;
