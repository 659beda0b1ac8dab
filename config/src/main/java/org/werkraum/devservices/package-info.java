/**
 * Dev services: real PostgreSQL, Elasticsearch and a mail sink on this machine, used alike by the test suites
 * ({@link org.werkraum.devservices.TestServicesListener}) and the local run command
 * ({@link org.werkraum.devservices.RunCommand}). Nothing here is deployed; it only starts and stops local
 * processes so that no test and no demo runs on anything production does not use.
 */
package org.werkraum.devservices;
