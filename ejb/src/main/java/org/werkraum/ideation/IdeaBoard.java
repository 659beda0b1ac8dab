package org.werkraum.ideation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.werkraum.community.Community;
import org.werkraum.people.Person;

/**
 * A community's board for ideas: its own (created with the first use, without a question) or one its owners opened
 * with a question and perhaps an end date, after which no ideas or votes are added.
 */
@Entity
@Table(name = "idea_board")
public class IdeaBoard {

    /** A person's open votes on a board, unless its owners say otherwise. */
    public static final int DEFAULT_VOTE_LIMIT = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private Community community;

    @Column(name = "is_default")
    private boolean isDefault;

    private String question;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "vote_limit")
    private int voteLimit = DEFAULT_VOTE_LIMIT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected IdeaBoard() {}

    IdeaBoard(Community community, Person createdBy, String question, Instant endsAt, int voteLimit) {
        this.community = community;
        this.createdBy = createdBy;
        this.question = question;
        this.endsAt = endsAt;
        this.voteLimit = voteLimit;
    }

    void change(String question, Instant endsAt, int voteLimit) {
        if (!isDefault) {
            this.question = question;
        }
        this.endsAt = endsAt;
        this.voteLimit = voteLimit;
    }

    /** Whether ideas and votes are still taken: no end date, or one still to come. */
    public boolean isOpen() {
        return endsAt == null || Instant.now().isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    public Community community() {
        return community;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public String question() {
        return question;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int voteLimit() {
        return voteLimit;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
