/**
 * Ideation: a community's boards, the ideas on them, votes within a limit per person and board, an idea's way from
 * new to done or declined, duplicates whose votes move over, and comments.
 */
package org.werkraum.ideation;
