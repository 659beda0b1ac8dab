package org.werkraum.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * What someone wrote in a reply mail, without what his mail program added: the mail he answered (quoted with
 * {@code >} or pasted below a header line such as "On … wrote:", "Am … schrieb …:", "-----Original Message-----",
 * Outlook's "From:/Sent:" block or a line of underscores), his signature after the {@code "-- "} line of RFC 3676, and a phone's "Sent from my
 * iPhone". Our own mails begin with a line containing {@value #MARKER}, and everything from that line on is the mail
 * answered, whatever the program did with it.
 *
 * <p>No library for this is served from Maven Central (GitHub's email_reply_parser and its ports live in Ruby, PHP,
 * Python and JavaScript, the Java ports only on GitHub), so the rules are here, few and tested against replies written
 * by real mail programs (the fixtures of crisp-oss/email-reply-parser and github/email_reply_parser, MIT). When a rule
 * cannot tell, it keeps the text: a quoted line too many in a comment is better than a lost sentence.
 */
final class ReplyText {

    /** Begins the line above which a reply is written, in every mail that can be answered. */
    static final String MARKER = "##-";

    /** "On 9 Jan 2014, at 2:47, George wrote:", "Am 13.12.2017 21:11 schrieb Anna:": with a date, not any sentence. */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?i)(?:on\\b.*\\d.*\\bwrote|am\\b.*\\d.*\\bschrieb\\b.*|le\\b.*\\d.*\\bécrit\\s?)\\s*:\\s*");

    private static final Pattern ORIGINAL_BELOW = Pattern.compile(
            "(?i)\\s*-{2,}\\s*(?:original message|original-nachricht|ursprüngliche nachricht|forwarded message"
                    + "|weitergeleitete nachricht)\\s*-{2,}\\s*");
    private static final Pattern UNDERSCORES = Pattern.compile("\\s*_{10,}\\s*");
    private static final Pattern DASHES = Pattern.compile("\\s*-{10,}\\s*");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)\\s*\\*?(?:from|von)\\s*:\\*?\\s+\\S.*");
    private static final Pattern HEADER_NEXT =
            Pattern.compile("(?i)\\s*\\*?(?:sent|date|to|subject|gesendet|datum|an|betreff)\\s*:.*");
    private static final Pattern PHONE = Pattern.compile(
            "(?i)\\s*(?:sent from (?:my )?|get outlook for |gesendet (?:von|mit) |von meinem )(?:\\S++ ?){1,5}\\s*");

    /** Lines joined to find a header a mail program wrapped ("On …, Anna <" / "anna@…> wrote:"). */
    private static final int HEADER_LINES = 3;

    /** Longer is a paragraph, not a header (and the patterns need not look at it). */
    private static final int HEADER_LENGTH_MAX = 400;

    private ReplyText() {}

    /** The writer's own text of a plain-text reply; empty if there is none. */
    static String visible(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int end = lines.size();
        for (int i = 0; i < end; i++) {
            if (unquoted(lines.get(i)).contains(MARKER)) {
                end = i;
                break;
            }
        }
        end = Math.min(end, originalBelow(lines, end));
        end = Math.min(end, signature(lines, end));
        end = withoutQuotedTail(lines, end);
        int start = 0;
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        return String.join("\n", lines.subList(start, end)).stripTrailing();
    }

    /** The writer's own text of a reply written in HTML only, as plain text. */
    static String visibleHtml(String html) {
        Document document = Jsoup.parse(html);
        // what mail programs mark as the quoted mail and as signatures
        document.select("blockquote, .gmail_quote, .gmail_attr, .gmail_signature, .moz-cite-prefix, .moz-signature,"
                        + " .yahoo_quoted, [data-marker=__QUOTED_TEXT__], [data-marker=__SIG_PRE__], #Signature")
                .remove();
        // Outlook puts the mail answered after its header block, beside the reply rather than inside anything
        for (Element start : document.select("#divRplyFwdMsg, #appendonsend")) {
            Element cut = start;
            while (cut != null && cut != document.body()) {
                while (cut.nextElementSibling() != null) {
                    cut.nextElementSibling().remove();
                }
                cut = cut.parent();
            }
            start.remove();
        }
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !text.isEmpty()) {
                    text.append('\n');
                }
            }
        });
        return visible(text.toString());
    }

    /** Where a mail pasted below the reply begins (Outlook, and programs that do not quote), or {@code end}. */
    private static int originalBelow(List<String> lines, int end) {
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (ORIGINAL_BELOW.matcher(line).matches() || PHONE.matcher(line).matches()) {
                return i;
            }
            if (HEADER_FROM.matcher(line).matches() && headerFollows(lines, i + 1, end)) {
                return i;
            }
            if (UNDERSCORES.matcher(line).matches()) {
                // Outlook's line above the mail answered, and mail gateways' above a list's footer or a disclaimer
                return i;
            }
            if (DASHES.matcher(line).matches()) {
                int next = nextFilled(lines, i + 1, end);
                if (next < end && HEADER_FROM.matcher(lines.get(next)).matches()) {
                    return i;
                }
            }
            int header = quoteHeader(lines, i, end);
            if (header > 0) {
                // below a quote header either the mail unquoted (pasted) or quoted to the end: either way, not his;
                // quoted lines with his answers between them stay (an answer in between needs what it answers)
                int next = nextFilled(lines, i + header, end);
                if (next == end || !quoted(lines.get(next)) || quotedToTheEnd(lines, next, end)) {
                    return i;
                }
            }
        }
        return end;
    }

    /** The RFC 3676 signature line {@code "-- "} (or its version without the space that programs leave). */
    private static int signature(List<String> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (lines.get(i).equals("-- ") || lines.get(i).equals("--")) {
                return i;
            }
        }
        return end;
    }

    /** Drops quoted lines, blank lines and the header that introduced them from the end. */
    private static int withoutQuotedTail(List<String> lines, int end) {
        int last = end;
        boolean dropped;
        do {
            dropped = false;
            while (last > 0 && (lines.get(last - 1).isBlank() || quoted(lines.get(last - 1)))) {
                last--;
                dropped = true;
            }
            for (int from = Math.max(0, last - HEADER_LINES); from < last; from++) {
                if (quoteHeader(lines, from, last) == last - from) {
                    last = from;
                    dropped = true;
                    break;
                }
            }
        } while (dropped && last > 0);
        return last;
    }

    /** How many lines from {@code i} make a quote header ("On …", wrapped over up to three lines), or 0. */
    private static int quoteHeader(List<String> lines, int i, int end) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < HEADER_LINES && i + n < end && !lines.get(i + n).isBlank(); n++) {
            if (n > 0) {
                joined.append(' ');
            }
            joined.append(lines.get(i + n).strip());
            if (joined.length() > HEADER_LENGTH_MAX) {
                return 0;
            }
            if (QUOTE_HEADER.matcher(joined).matches()) {
                return n + 1;
            }
        }
        return 0;
    }

    private static boolean headerFollows(List<String> lines, int from, int end) {
        for (int i = from; i < Math.min(end, from + 4); i++) {
            if (HEADER_NEXT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean quotedToTheEnd(List<String> lines, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!lines.get(i).isBlank() && !quoted(lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static int nextFilled(List<String> lines, int from, int end) {
        int i = from;
        while (i < end && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean quoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static String unquoted(String line) {
        return line.replaceFirst("^[>\\s]+", "");
    }
}
