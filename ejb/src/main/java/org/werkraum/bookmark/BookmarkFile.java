package org.werkraum.bookmark;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.Tags;

/**
 * A browser's bookmark file as Firefox, Chrome, Safari, Internet Explorer, Delicious and their kind export it (the
 * Netscape bookmark format: HTML whose {@code DL} lists hold {@code DT} items with a link or a folder's {@code H3},
 * a {@code DD} after a link its description). It is read by jsoup as a browser reads HTML, so that the tag soup these
 * files are (unclosed items, upper-case tags, lists inside descriptions) takes the shape browsers give it. The folders
 * a link lies in become its tags, with those of its {@code TAGS} attribute; a link whose address leads nowhere for
 * someone else (see {@link BookmarkAddress}) is reported, not read, and the rest are read.
 */
public final class BookmarkFile {

    private BookmarkFile() {}

    /**
     * A link of the file.
     *
     * @param address
     *            normalised ({@link BookmarkAddress})
     * @param tags
     *            spelled as tags are ({@link Tags}), the folders' names from the outermost in, then the link's own
     * @param addedAt
     *            when it was bookmarked, if the file says so
     * @param personal
     *            marked private in the file
     */
    public record Entry(
            String address, String title, String description, Set<String> tags, Instant addedAt, boolean personal) {}

    /** A link that could not be read: its title and address as the file has them, and why (a message key). */
    public record Problem(String title, String address, String reason) {}

    /** What a file holds: its links in the file's order and the ones it could not read. */
    public record Reading(List<Entry> entries, List<Problem> problems) {}

    public static Reading read(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        Walk walk = new Walk();
        NodeTraversor.traverse(walk, document);
        List<Entry> entries = walk.links.stream().map(Link::entry).toList();
        return new Reading(entries, List.copyOf(walk.problems));
    }

    /** A link found, its description still to come in the {@code DD} after it. */
    private static final class Link {
        final Element item;
        final String address;
        final String title;
        final Set<String> tags;
        final Instant addedAt;
        final boolean personal;
        String description = "";

        Link(Element item, String address, String title, Set<String> tags, Instant addedAt, boolean personal) {
            this.item = item;
            this.address = address;
            this.title = title;
            this.tags = tags;
            this.addedAt = addedAt;
            this.personal = personal;
        }

        Entry entry() {
            return new Entry(address, title, description, tags, addedAt, personal);
        }
    }

    /** Through the document in order: a folder's name waits for its list, the lists open and close like folders. */
    private static final class Walk implements NodeVisitor {
        final Deque<String> folders = new ArrayDeque<>();
        final List<Link> links = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        String folderNamed;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "h3" -> folderNamed = element.text();
                case "dl" -> {
                    folders.push(folderNamed == null ? "" : folderNamed);
                    folderNamed = null;
                }
                case "a" -> link(element);
                case "dd" -> describe(element);
                default -> {
                    // the file's other elements carry nothing of a bookmark
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.normalName().equals("dl") && !folders.isEmpty()) {
                folders.pop();
            }
        }

        private void link(Element a) {
            String href = a.attr("href");
            String title = a.text().strip();
            String address;
            try {
                address = BookmarkAddress.normalize(href);
            } catch (InvalidInputException e) {
                problems.add(new Problem(title, href, e.messageKey()));
                return;
            }
            Set<String> tags = new LinkedHashSet<>();
            folders.descendingIterator().forEachRemaining(folder -> addTag(tags, folder));
            for (String tag : a.attr("tags").split(",")) {
                addTag(tags, tag);
            }
            links.add(new Link(
                    a.parent(),
                    address,
                    title.isEmpty() ? address : title,
                    tags,
                    addedAt(a.attr("add_date")),
                    a.attr("private").strip().equals("1")));
        }

        /** A description belongs to the link whose item it follows; a folder's is left alone. */
        private void describe(Element dd) {
            if (links.isEmpty()) {
                return;
            }
            Link last = links.get(links.size() - 1);
            if (last.item != null && dd.previousElementSibling() == last.item) {
                last.description = dd.wholeOwnText().strip();
            }
        }

        private static void addTag(Set<String> tags, String name) {
            // a comma would split the tag in the next export's TAGS attribute; "Work - Projects" is work-projects
            String tag = name.replace(',', ' ').strip();
            if (!tag.isEmpty()) {
                tags.add(Tags.normalize(tag).replaceAll("-{2,}", "-"));
            }
        }

        /**
         * Seconds since 1970 as most files write them, milliseconds or microseconds (Google Bookmarks) as some do,
         * told apart by size; a time not yet come or anything else: not said.
         */
        private static Instant addedAt(String written) {
            try {
                long value = Long.parseLong(written.strip());
                Instant at;
                if (value > 100_000_000_000_000L) {
                    at = Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
                } else if (value > 100_000_000_000L) {
                    at = Instant.ofEpochMilli(value);
                } else {
                    at = Instant.ofEpochSecond(value);
                }
                return value > 0 && at.isBefore(Instant.now().plusSeconds(86_400)) ? at : null;
            } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
                return null;
            }
        }
    }
}
