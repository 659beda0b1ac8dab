package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.PageDiff;
import org.werkraum.wiki.WikiService;

/**
 * {@code /pages/12/diff?from=1&to=3}: what changed between two revisions, side by side or ({@code view=inline}) one
 * below the other, the changed words marked.
 */
@Named
@RequestScoped
public class WikiDiffPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer from;
    private Integer to;
    private String view;
    private PageDiff diff;

    public void onLoad() {
        diff = wikis.diff(currentUser.caller(), id, from, to);
    }

    public boolean isInline() {
        return "inline".equals(view);
    }

    public PageDiff getDiff() {
        return diff;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
