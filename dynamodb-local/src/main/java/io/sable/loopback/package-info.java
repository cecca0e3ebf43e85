/**
 * What every loopback DynamoDB emulator used as a test witness shares: a free {@code 127.0.0.1}
 * port, and SDK clients with dummy credentials pointed at it. Test and benchmark scope only.
 */
package io.sable.loopback;
