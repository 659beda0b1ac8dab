package org.werkraum.outbox;

import java.util.List;

/**
 * The search outbox at a glance.
 *
 * @param pending
 *            rows waiting to be indexed (normally a handful for a second or two)
 * @param setAside
 *            the newest rows set aside (at most 100); {@code setAsideTotal} counts all
 */
public record OutboxStatus(long pending, long setAsideTotal, List<SetAsideDocument> setAside) {}
