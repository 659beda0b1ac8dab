/** Administration: the HR directory import and the search index (set-aside documents, full reindex). */
package org.werkraum.web.admin;
