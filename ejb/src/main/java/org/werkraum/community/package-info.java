/**
 * Communities: teams, departments, locations and topics that people join, with owners who run them. The type decides
 * how people join and who may see the community at all; a restricted community does not exist for non-members.
 */
package org.werkraum.community;
