package org.werkraum.searching;

import java.time.Instant;

/** Where the latest full reindex stands, as every node sees it. */
public record ReindexProgress(
        long id,
        State state,
        Instant startedAt,
        Instant finishedAt,
        long documentsDone,
        long documentsTotal,
        String error) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** Whole percent done, 0 to 100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return documentsTotal == 0 ? 0 : (int) Math.min(100, documentsDone * 100 / documentsTotal);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
