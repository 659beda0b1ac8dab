/** The home page: the signed-in person's communities and invitations, and the people he works with. */
package org.werkraum.web.home;
