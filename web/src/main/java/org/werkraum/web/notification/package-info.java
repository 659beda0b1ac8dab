/** The bell in every page's header, the notifications page and {@code /api/notifications}. */
package org.werkraum.web.notification;
