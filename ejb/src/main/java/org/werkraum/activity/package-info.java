/**
 * Following and the activity stream: people follow people, communities and tags; what people do (posts, comments, wiki
 * edits, bookmarks, ideas, new members) is written down as it happens, with who may read it, and a person's home
 * stream merges the newest of everything he follows, only what he may read.
 */
package org.werkraum.activity;
