/** Atom feeds of blogs, tags, people, the leadership updates and idea boards, for feed readers signed in as the API. */
package org.werkraum.web.feeds;
