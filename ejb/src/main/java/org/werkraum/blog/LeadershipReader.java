package org.werkraum.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Someone who has read a leadership update, or put it away unread; written by native statements, read by queries. */
@Entity
@Table(name = "leadership_reader")
@IdClass(LeadershipReader.Key.class)
public class LeadershipReader {

    @Id
    @Column(name = "post_id")
    private long postId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dismissed_at")
    private Instant dismissedAt;

    protected LeadershipReader() {}

    /** The key: one row per update and person. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long postId;
        private long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.postId == postId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, personId);
        }
    }
}
