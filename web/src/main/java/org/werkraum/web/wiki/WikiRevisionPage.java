package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.RevisionView;
import org.werkraum.wiki.Saved;
import org.werkraum.wiki.WikiService;

/** {@code /pages/12/revisions/3}: a revision as it was saved; its editors take it again as the next revision. */
@Named
@RequestScoped
public class WikiRevisionPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private Integer number;
    private RevisionView revision;

    public void onLoad() {
        getRevision();
    }

    public String revert() {
        Saved saved = wikis.revert(currentUser.caller(), id, number);
        messages.flashInfo("wikiRevision.reverted", number, saved.revision());
        return "/wiki/page?faces-redirect=true&id=" + id;
    }

    /**
     * Read when first asked: on a post back of this view without state the view action does not run, and the revert
     * button is only there (and so only fires) when the revision is.
     */
    public RevisionView getRevision() {
        if (revision == null) {
            // before the view parameters are applied on a post back, the address still has them
            id = id != null ? id : RequestNumbers.of("id");
            Long asked = number != null ? Long.valueOf(number) : RequestNumbers.of("number");
            if (id == null || asked == null) {
                throw new NotFoundException("revision", "none");
            }
            number = (int) Math.min(asked, Integer.MAX_VALUE);
            revision = wikis.revision(currentUser.caller(), id, number);
        }
        return revision;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }
}
