/**
 * The flights service: a Spring Boot application serving the flights sample's access patterns over
 * HTTP, on Sable's starter (the in-process engine by default).
 */
package io.sable.samples.spring;
