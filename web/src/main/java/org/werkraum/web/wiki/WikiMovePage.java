package org.werkraum.web.wiki;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.wiki.PageLink;
import org.werkraum.wiki.PageTree;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.WikiService;

/**
 * {@code /pages/12/move}: a page, with the pages below it, goes below another page of its wiki, chosen by its title,
 * or to the wiki's top.
 */
@Named
@ViewScoped
public class WikiMovePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wikis;

    @Inject
    PageTree tree;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private PageView page;
    private String parentTitle;
    private boolean toTop;

    public void onLoad() {
        if (page == null) {
            page = wikis.page(currentUser.caller(), id);
            if (!page.ancestors().isEmpty()) {
                parentTitle = page.ancestors().get(page.ancestors().size() - 1).title();
            }
        }
    }

    /** Titles of the wiki's pages starting with what was typed. */
    public List<String> complete(String typed) {
        return tree.titled(currentUser.caller(), page.wikiId(), typed).stream()
                .map(PageLink::title)
                .toList();
    }

    public String move() {
        tree.moveBelowTitled(currentUser.caller(), id, toTop ? null : (parentTitle == null ? "" : parentTitle));
        messages.flashInfo("wikiMove.moved");
        return "/wiki/page?faces-redirect=true&id=" + id;
    }

    public PageView getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getParentTitle() {
        return parentTitle;
    }

    public void setParentTitle(String parentTitle) {
        this.parentTitle = parentTitle;
    }

    public boolean isToTop() {
        return toTop;
    }

    public void setToTop(boolean toTop) {
        this.toTop = toTop;
    }
}
