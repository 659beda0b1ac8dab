/**
 * Start-up and operations: schema migrations and password hashing.
 */
package org.werkraum.platform;
