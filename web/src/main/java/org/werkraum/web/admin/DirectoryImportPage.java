package org.werkraum.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.werkraum.people.DirectoryImport;
import org.werkraum.people.ImportProblem;
import org.werkraum.people.ImportRejectedException;
import org.werkraum.people.ImportResult;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /admin/import}: an admin uploads the HR directory's CSV export. All or nothing: either the counts of
 * what changed, or every problem by line and nothing imported.
 */
@Named
@ViewScoped
public class DirectoryImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The same limit as the multipart configuration in web.xml. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    DirectoryImport directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private transient Part file;
    private ImportResult result;
    private List<ImportProblem> problems = List.of();

    public void upload() {
        result = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            messages.fieldError("csvFile", "import.fileMissing");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            messages.fieldError("csvFile", "import.fileTooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        if (!isCsvName(file.getSubmittedFileName())) {
            messages.fieldError("csvFile", "import.notCsv");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = directory.importCsv(currentUser.caller(), csv);
            messages.info("import.done");
        } catch (ImportRejectedException e) {
            problems = e.problems(); // listed on the page, line by line
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    static boolean isCsvName(String fileName) {
        return fileName != null && fileName.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }

    /** A problem in the reader's language. */
    public String describe(ImportProblem problem) {
        return messages.text(problem.messageKey(), problem.arguments().toArray());
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
