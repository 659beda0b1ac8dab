/**
 * The people directory, profiles and their editing: pages (views in {@code people/}) and {@code /api/people}. A
 * profile's address is its login: {@code /people/anna.schmidt}.
 */
package org.werkraum.web.people;
