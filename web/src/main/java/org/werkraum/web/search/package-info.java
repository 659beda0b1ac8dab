/** The search page ({@code /search?q=…}, view in {@code search/}) and {@code /api/search}. */
package org.werkraum.web.search;
