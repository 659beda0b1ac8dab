package org.werkraum.ideation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's vote for an idea, with the idea's board so that his open votes there are counted at once; written by
 * native statements (which keep the idea's count with it), read by queries.
 */
@Entity
@Table(name = "idea_vote")
@IdClass(IdeaVote.Key.class)
public class IdeaVote {

    @Id
    @Column(name = "idea_id")
    private long ideaId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "board_id")
    private long boardId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id", insertable = false, updatable = false)
    private Idea idea;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IdeaVote() {}

    /** The key: one vote per idea and person. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long ideaId;
        private long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.ideaId == ideaId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, personId);
        }
    }
}
