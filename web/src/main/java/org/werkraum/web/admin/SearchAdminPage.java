package org.werkraum.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.werkraum.outbox.OutboxAdministration;
import org.werkraum.outbox.OutboxStatus;
import org.werkraum.searching.FullReindex;
import org.werkraum.searching.ReindexProgress;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /admin/search}: documents the indexer set aside (with their errors) and their retry, and the full
 * reindex with its progress, which the page polls while it runs.
 */
@Named
@ViewScoped
public class SearchAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdministration outbox;

    @Inject
    FullReindex reindex;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private OutboxStatus status;
    private ReindexProgress progress;

    public void onLoad() {
        try {
            refresh();
        } catch (AccessDeniedException e) {
            // for everyone but admins, the page does not exist
            messages.notFound(new NotFoundException("page", "admin/search"));
        }
    }

    public void refresh() {
        status = outbox.status(currentUser.caller());
        progress = reindex.latest(currentUser.caller()).orElse(null);
    }

    public void retry(long id) {
        outbox.retry(currentUser.caller(), id);
        messages.info("searchAdmin.retried");
        refresh();
    }

    public void retryAll() {
        messages.info("searchAdmin.retriedAll", outbox.retryAll(currentUser.caller()));
        refresh();
    }

    public void startReindex() {
        reindex.start(currentUser.caller());
        messages.info("searchAdmin.reindexStarted");
        refresh();
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public ReindexProgress getProgress() {
        return progress;
    }

    public boolean isReindexRunning() {
        return progress != null && progress.isRunning();
    }
}
