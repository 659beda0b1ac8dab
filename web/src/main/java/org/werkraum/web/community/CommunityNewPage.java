package org.werkraum.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.werkraum.community.CommunityDetail;
import org.werkraum.community.CommunityDraft;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunityType;
import org.werkraum.people.OrgUnitSummary;
import org.werkraum.web.people.OrgUnitChoices;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/** {@code /communities/new}: founds a community with the caller as its first owner. */
@Named
@ViewScoped
public class CommunityNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityService communities;

    @Inject
    OrgUnitChoices orgUnitChoices;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String name;
    private String description;
    private CommunityType type = CommunityType.PUBLIC;
    private Long orgUnitId;
    private List<String> tags = new ArrayList<>();

    public void onLoad() {}

    public String create() {
        CommunityDetail created;
        created = communities.create(
                currentUser.caller(),
                new CommunityDraft(
                        name, description, type, orgUnitId, new LinkedHashSet<>(tags == null ? List.of() : tags)));
        messages.flashInfo("community.created", created.name());
        return "/community/community?faces-redirect=true&id=" + created.id();
    }

    public CommunityType[] getTypes() {
        return CommunityType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CommunityType getType() {
        return type;
    }

    public void setType(CommunityType type) {
        this.type = type;
    }

    /** The unit of the address or the form, for the unit field. */
    public OrgUnitSummary getOrgUnit() {
        return orgUnitChoices.of(orgUnitId);
    }

    public void setOrgUnit(OrgUnitSummary orgUnit) {
        orgUnitId = orgUnit == null ? null : orgUnit.id();
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }
}
