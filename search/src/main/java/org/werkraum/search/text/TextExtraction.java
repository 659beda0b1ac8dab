package org.werkraum.search.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The words of a file (PDF, Office, OpenDocument, RTF, EPUB, HTML, mail, archives and what they hold), as Apache
 * Tika's standard parsers read them. Within limits: at most {@link Limits#maxChars()} characters are kept (the rest of
 * a long file is cut, the beginning still found), and a file that takes longer than {@link Limits#timeout()} is given
 * up; Tika's own guard stops a file whose text grows far beyond its size (a zip bomb). A file that cannot be read is
 * no error: its {@link Text} says so, and the file is kept all the same.
 *
 * <p>Thread-safe. Parsing runs on two daemon threads of its own, so that a parser that does not stop when asked
 * holds one of them, never the caller.
 */
public final class TextExtraction {

    /** How much text, and how much time, one file may have. */
    public record Limits(int maxChars, Duration timeout) {

        public static final Limits DEFAULT = new Limits(1_000_000, Duration.ofSeconds(60));
    }

    /**
     * What came of a file.
     *
     * @param extracted
     *            whether its text could be read (also when it was cut at the limit)
     * @param text
     *            its text, or none
     * @param problem
     *            why not, for the log
     */
    public record Text(boolean extracted, String text, String problem) {

        static Text of(String text) {
            return new Text(true, text.strip(), null);
        }

        static Text none(String problem) {
            return new Text(false, null, problem);
        }
    }

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final ExecutorService PARSING = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "werkraum-text-extraction-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private TextExtraction() {}

    /** The text of a file. */
    public static Text of(Path file, String fileName, Limits limits) {
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        // what archives and documents hold (a zip's files, a mail's attachments) is read too
        context.set(Parser.class, PARSER);
        Future<?> parsing = PARSING.submit(() -> {
            try (TikaInputStream stream = TikaInputStream.get(file)) {
                PARSER.parse(stream, handler, metadata, context);
            }
            return null;
        });
        try {
            parsing.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return Text.of(handler.toString());
        } catch (ExecutionException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e.getCause())) {
                return Text.of(handler.toString());
            }
            return Text.none(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            parsing.cancel(true);
            return Text.none("took longer than " + limits.timeout());
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            return Text.none("interrupted");
        }
    }
}
