package org.werkraum.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.people.DirectoryFilter;
import org.werkraum.people.OrgUnitSummary;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.shared.Page;
import org.werkraum.web.shared.Paging;

/**
 * {@code /people?name=…&unit=…&location=…&page=…}: the people directory. The filter lives in the URL, so that a
 * filtered list can be bookmarked and the browser's back button works; the view keeps no state, so this bean lives
 * for one request.
 */
@Named
@RequestScoped
public class PeoplePage {

    @Inject
    PeopleService people;

    @Inject
    OrgUnitChoices orgUnitChoices;

    private String name;
    private Long unit;
    private String location;
    private Integer page;

    private Page<PersonSummary> result;

    public void onLoad() {
        result = people.directory(new DirectoryFilter(name, unit, location), Paging.request(page));
    }

    /** Shows the first page of the list with the filter as entered. */
    public String filter() {
        page = null;
        return "/people/directory?faces-redirect=true&includeViewParams=true";
    }

    public Page<PersonSummary> getResult() {
        return result;
    }

    public List<PersonSummary> getPeople() {
        return result == null ? List.of() : result.items();
    }

    public long getPageCount() {
        return result == null ? 1 : Paging.pageCount(result.total(), result.size());
    }

    /** The choices of the location field, also when a posted filter is checked against them. */
    public List<String> getLocations() {
        return people.locations();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
