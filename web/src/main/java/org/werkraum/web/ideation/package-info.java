/** The pages and the API of ideation: a community's boards, a board's ideas, an idea with its votes and comments. */
package org.werkraum.web.ideation;
