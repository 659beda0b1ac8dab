/** Wikis on the web: their REST resources (pages to follow). */
package org.werkraum.web.wiki;
