package org.werkraum.people;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One bad cell or row of a directory import, by its line in the file (the header is line 1). The message key and
 * arguments let pages say it in the reader's language; {@link #message()} is the English text for the API.
 */
public record ImportProblem(long line, String column, String messageKey, List<String> arguments, String message) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(long line, String column, String messageKey, String englishPattern, Object... arguments) {
        List<String> texts =
                java.util.Arrays.stream(arguments).map(String::valueOf).toList();
        String message = new MessageFormat(englishPattern, Locale.ENGLISH).format(texts.toArray());
        return new ImportProblem(line, column, messageKey, texts, message);
    }
}
