package org.werkraum.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.community.CommunityFilter;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunitySummary;
import org.werkraum.people.OrgUnitSummary;
import org.werkraum.shared.Page;
import org.werkraum.web.people.OrgUnitChoices;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;

/**
 * {@code /communities?mine=…&unit=…&tag=…&name=…&page=…}: the communities the caller may see, with where he
 * stands in each. The filter lives in the URL; the view keeps no state, so this bean lives for one request.
 */
@Named
@RequestScoped
public class CommunitiesPage {

    @Inject
    CommunityService communities;

    @Inject
    OrgUnitChoices orgUnitChoices;

    @Inject
    CurrentUser currentUser;

    private boolean mine;
    private Long unit;
    private String tag;
    private String name;
    private Integer page;

    private Page<CommunitySummary> result;

    public void onLoad() {
        result = communities.directory(
                currentUser.caller(), new CommunityFilter(mine, unit, tag, name), Paging.request(page));
    }

    /** Shows the first page of the list with the filter as entered. */
    public String filter() {
        page = null;
        return "/community/directory?faces-redirect=true&includeViewParams=true";
    }

    public List<CommunitySummary> getCommunities() {
        return result == null ? List.of() : result.items();
    }

    public Page<CommunitySummary> getResult() {
        return result;
    }

    public long getPageCount() {
        return result == null ? 1 : Paging.pageCount(result.total(), result.size());
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    /** The unit of the address or the form, for the unit field. */
    public OrgUnitSummary getOrgUnit() {
        return orgUnitChoices.of(unit);
    }

    public void setOrgUnit(OrgUnitSummary orgUnit) {
        unit = orgUnit == null ? null : orgUnit.id();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
