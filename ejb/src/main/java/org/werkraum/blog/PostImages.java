package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.werkraum.markdown.Markdown;
import org.werkraum.people.Person;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.TooLargeException;

/**
 * Images for posts: uploaded while writing, shown by the post whose text names them ({@code ![…](/werkraum/images/42)}).
 * What an upload is, Tika decides from its first bytes, not from its name: only photographs and drawings browsers show
 * as pictures are taken (no SVG, which can carry scripts).
 */
@ApplicationScoped
@Transactional
public class PostImages {

    /** Five megabytes: a photograph from a phone, not a poster. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** An address that names one of Werkraum's images: a path relative to the server ending in /images/{id}. */
    private static final Pattern OWN_IMAGE = Pattern.compile("^/(?:[^?#]*/)?images/(\\d{1,18})$");

    private static final Tika TIKA = new Tika();

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    PostAccess access;

    /** What an upload became: the image's id and what the bytes are. */
    public record Uploaded(long id, String mediaType, int sizeBytes) {}

    /** What a reader gets: the bytes and their type. */
    public record Content(String mediaType, byte[] bytes) {}

    /** Keeps an image for a post the caller writes; it is his alone until one of his posts shows it. */
    public Uploaded upload(Caller caller, InputStream upload) {
        byte[] bytes = atMostAllowed(upload);
        if (bytes.length == 0) {
            throw new InvalidInputException("image", "error.image.empty", "the upload is empty");
        }
        String mediaType = TIKA.detect(bytes);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new InvalidInputException(
                    "image", "error.image.notAnImage", "only PNG, JPEG, GIF and WebP images are taken");
        }
        Person owner = em.find(Person.class, caller.personId());
        if (owner == null) {
            throw new NotFoundException("person", caller.personId());
        }
        PostImage image = new PostImage(owner, mediaType, bytes);
        em.persist(image);
        em.flush();
        return new Uploaded(image.id(), mediaType, bytes.length);
    }

    /** The upload, read no further than one byte past the limit: a larger one is refused without being held whole. */
    private static byte[] atMostAllowed(InputStream upload) {
        try (upload) {
            byte[] bytes = upload.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLargeException(
                        "image", "error.image.tooLarge", "an image may have at most 5 MB", MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image, if the caller may see it: its uploader, or a reader of the post that shows it. */
    public Content content(Caller caller, long id) {
        PostImage image = em.find(PostImage.class, id);
        if (image == null || !readable(caller, image)) {
            throw new NotFoundException("image", id);
        }
        return new Content(image.mediaType(), image.content());
    }

    /**
     * Gives a post the images its text shows that its author uploaded and no post has yet; others' images and those
     * of other posts stay where they are.
     */
    void attach(BlogPost post, String markdown) {
        List<Long> ids = Markdown.imageSources(markdown).stream()
                .map(OWN_IMAGE::matcher)
                .filter(Matcher::matches)
                .map(m -> Long.parseLong(m.group(1)))
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update PostImage i set i.post = :post"
                        + " where i.id in :ids and i.owner = :author and i.post is null")
                .setParameter("post", post)
                .setParameter("ids", ids)
                .setParameter("author", post.author())
                .executeUpdate();
    }

    private boolean readable(Caller caller, PostImage image) {
        return image.post() == null
                ? policy.canRead(caller, ContentItem.privateItem(image.owner().id()), Standing.NONE)
                : access.canRead(caller, image.post());
    }
}
