/**
 * Start-up and operations: schema migrations, password hashing, readiness checks and the demo data of the local run
 * command.
 */
package org.werkraum.platform;
