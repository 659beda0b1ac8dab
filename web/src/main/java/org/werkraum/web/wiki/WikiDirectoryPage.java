package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/** {@code /wikis}: the wikis the reader was named in and those open to all employees, newest first. */
@Named
@RequestScoped
public class WikiDirectoryPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private List<WikiSummary> list;

    public List<WikiSummary> getWikis() {
        if (list == null) {
            list = wikis.wikis(currentUser.caller());
        }
        return list;
    }
}
