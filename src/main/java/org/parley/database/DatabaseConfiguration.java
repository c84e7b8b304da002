package org.parley.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on the retry of {@link Write} use cases, around their transactions. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class DatabaseConfiguration {
}
