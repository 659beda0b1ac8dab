package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.wiki.WikiService;

/** {@code /communities/42/wiki}: the community's wiki, created with its first visit, at its own address. */
@Named
@RequestScoped
public class CommunityWikiPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    private Long id;

    public void onLoad() {
        long wiki = wikis.ofCommunity(currentUser.caller(), id).id();
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(links.wiki(wiki));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
