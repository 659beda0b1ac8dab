/**
 * Start-up and operations: schema migrations.
 */
package org.werkraum.platform;
