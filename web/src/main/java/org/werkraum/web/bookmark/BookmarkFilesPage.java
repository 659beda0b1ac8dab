package org.werkraum.web.bookmark;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;
import org.werkraum.bookmark.BookmarkFile;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.bookmark.ImportReport;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /bookmarks/files}: a browser's bookmark file in (Firefox, Chrome, Safari, Edge and Internet Explorer export
 * them in one format): its links become the reader's bookmarks, pages he keeps already are skipped and links that lead
 * nowhere listed; and the reader's bookmarks out, as such a file.
 */
@Named
@ViewScoped
public class BookmarkFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The multipart limit of the Faces servlet in web.xml: about 25,000 bookmarks. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    BookmarkService bookmarks;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private transient Part file;
    private ImportReport report;

    public void upload() {
        report = null;
        if (file == null || file.getSize() == 0) {
            messages.fieldError("bookmarkFile", "bookmarkFiles.missing");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            messages.fieldError("bookmarkFile", "error.bookmark.fileTooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = bookmarks.importFile(currentUser.caller(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            messages.info(
                    "bookmarkFiles.imported",
                    report.imported(),
                    report.skipped(),
                    report.problems().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    /** The reader's bookmarks as a file to save (and to import into a browser). */
    public void export() throws IOException {
        Faces.sendFile(bookmarks.export(currentUser.caller()).getBytes(StandardCharsets.UTF_8), "bookmarks.html", true);
    }

    public ImportReport getReport() {
        return report;
    }

    /** Why a link was not read, in the reader's language. */
    public String describe(BookmarkFile.Problem problem) {
        return messages.text(problem.reason());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
