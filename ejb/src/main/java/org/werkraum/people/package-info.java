/**
 * People and the org chart: who works where, for whom, and on what. Profiles are the base of "who knows about X"
 * search; the directory import keeps them in step with the company's HR directory.
 */
package org.werkraum.people;
