/**
 * A deterministic generator of an IBM-scale directory for load tests: an org tree of companies, divisions,
 * departments and teams with managers, people with titles, locations and expertise, and communities with
 * heavy-tailed memberships. It writes straight into Werkraum's PostgreSQL schema with COPY; the application's own
 * full reindex then puts it into search.
 */
package org.werkraum.bench.generator;
