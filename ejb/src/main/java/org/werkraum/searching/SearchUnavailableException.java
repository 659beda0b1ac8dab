package org.werkraum.searching;

import org.werkraum.shared.DomainException;

/** Elasticsearch cannot be reached right now; writes go on regardless and the outbox catches up later. */
public class SearchUnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(Throwable cause) {
        super("error.search.unavailable", "search is unavailable right now; try again in a moment");
        initCause(cause);
    }
}
