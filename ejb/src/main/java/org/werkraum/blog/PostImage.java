package org.werkraum.blog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.werkraum.people.Person;

/**
 * An image uploaded for a post, kept in the database so that every node serves it. Until a post of its uploader shows
 * it, it is his alone; then it is as readable as that post.
 */
@Entity
@Table(name = "post_image")
public class PostImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private BlogPost post;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected PostImage() {}

    PostImage(Person owner, String mediaType, byte[] content) {
        this.owner = owner;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    public Long id() {
        return id;
    }

    public Person owner() {
        return owner;
    }

    public BlogPost post() {
        return post;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
