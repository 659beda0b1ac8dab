package org.werkraum.people;

import java.util.List;
import org.werkraum.shared.InvalidInputException;

/** A directory import with bad rows: nothing was imported, and every problem is listed. */
public class ImportRejectedException extends InvalidInputException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("file", "error.import.rejected", problems.size() + " problems found, nothing imported", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
