package org.werkraum.mail;

import org.werkraum.notification.NotificationKind;

/** How often a kind of notification reaches a person by mail. */
public enum Frequency {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    OFF;

    /** What a person gets before he chooses: mentions and leadership updates at once, likes never, the rest daily. */
    public static Frequency defaultFor(NotificationKind kind) {
        return switch (kind) {
            case MENTION, LEADERSHIP_UPDATE -> IMMEDIATELY;
            case LIKE -> OFF;
            default -> DAILY;
        };
    }

    /** How far back a digest looks at most, so that its first one (or one after an outage) is not a year long. */
    java.time.Duration lookBack() {
        return this == WEEKLY ? java.time.Duration.ofDays(14) : java.time.Duration.ofDays(2);
    }
}
