/**
 * Communities: the directory, founding one, and a community's page with membership and its management; pages
 * (views in {@code community/}, addresses {@code /communities} and {@code /communities/42}) and {@code /api/communities}.
 */
package org.werkraum.web.community;
