/**
 * Demo data for the local run command: an org chart of 60 people and six communities. Loaded only when the system
 * property {@code werkraum.demo-data} is {@code true} and the database has nobody in it yet; no production
 * configuration sets it.
 */
package org.werkraum.demo;
