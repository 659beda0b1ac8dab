/**
 * The activity stream on the home page, the follow buttons on profiles, communities and tags, the list of what one
 * follows ({@code /following}), and the same through {@code /api/stream} and {@code /api/following}.
 */
package org.werkraum.web.activity;
