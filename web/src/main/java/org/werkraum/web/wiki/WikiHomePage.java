package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDefaultTreeNode;
import org.werkraum.security.Caller;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.TreeNode;
import org.werkraum.wiki.WikiHome;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiWatches;

/** {@code /wikis/7}: a wiki and its pages in a tree that loads level by level; watching it. */
@Named
@RequestScoped
public class WikiHomePage {

    @Inject
    WikiService wikis;

    @Inject
    WikiWatches watches;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private WikiHome home;
    private org.primefaces.model.TreeNode<TreeNode> tree;

    public void onLoad() {
        getHome();
    }

    public String watch(boolean watching) {
        watches.watchWiki(currentUser.caller(), getHome().wiki().id(), watching);
        messages.flashInfo(watching ? "wiki.watched" : "wiki.unwatched");
        return "/wiki/wiki?faces-redirect=true&id=" + id;
    }

    /**
     * The wiki's pages as a tree whose levels are read when opened: the top level comes with the wiki; the level below
     * a page is asked for when someone opens it (an AJAX request that builds the path to it again, level by level).
     */
    public org.primefaces.model.TreeNode<TreeNode> getTree() {
        if (tree == null) {
            WikiHome wiki = getHome();
            Caller caller = currentUser.caller();
            long wikiId = wiki.wiki().id();
            WikiService service = wikis;
            tree = new LazyDefaultTreeNode<>(
                    new TreeNode(0, wiki.wiki().name(), !wiki.pages().isEmpty()),
                    node -> node.id() == 0 ? wiki.pages() : service.tree(caller, wikiId, node.id()),
                    node -> !node.hasChildren());
        }
        return tree;
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public WikiHome getHome() {
        if (home == null) {
            id = RequestNumbers.id(id, "wiki");
            home = wikis.home(currentUser.caller(), id);
        }
        return home;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
