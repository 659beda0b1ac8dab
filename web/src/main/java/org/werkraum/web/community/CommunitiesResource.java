package org.werkraum.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.werkraum.community.CommunityDetail;
import org.werkraum.community.CommunityDraft;
import org.werkraum.community.CommunityFilter;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunitySummary;
import org.werkraum.community.CommunityType;
import org.werkraum.community.Member;
import org.werkraum.community.MembershipService;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;

/**
 * Communities and memberships. Membership changes are sub-resources: {@code join}, {@code invitations},
 * {@code invitation} (the caller's own), {@code requests}, {@code members}, {@code owners}, {@code membership}
 * (the caller's own, to leave).
 */
@Path("communities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunitiesResource {

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser currentUser;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    /** A new community, or the new description of one (with the version read). */
    public record CommunityBody(
            String name, String description, CommunityType type, Long orgUnitId, Set<String> tags, Long version) {}

    /** Names a person, e.g. the one to invite. */
    public record PersonRef(Long personId) {}

    @GET
    public Page<CommunitySummary> directory(
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("tag") String tag,
            @QueryParam("name") String name,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return communities.directory(
                currentUser.caller(), new CommunityFilter(mine, orgUnit, tag, name), new PageRequest(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CommunityBody body) {
        CommunityDetail created = communities.create(currentUser.caller(), draft(body));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public CommunityDetail find(@PathParam("id") long id) {
        return communities.find(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommunityDetail update(@PathParam("id") long id, CommunityBody body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException("the body must carry the version that was read");
        }
        return communities.update(currentUser.caller(), id, body.version(), draft(body));
    }

    @GET
    @Path("{id}/members")
    public Page<Member> members(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return memberships.members(currentUser.caller(), id, new PageRequest(page, size));
    }

    /** Joins a public community or asks to join a moderated one. */
    @POST
    @Path("{id}/join")
    public CommunityDetail join(@PathParam("id") long id) {
        return memberships.join(currentUser.caller(), id);
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, PersonRef person) {
        memberships.invite(currentUser.caller(), id, personId(person));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/invitation/accept")
    public CommunityDetail acceptInvitation(@PathParam("id") long id) {
        return memberships.acceptInvitation(currentUser.caller(), id);
    }

    @DELETE
    @Path("{id}/invitation")
    public Response declineInvitation(@PathParam("id") long id) {
        memberships.declineInvitation(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/requests/{personId}/accept")
    public Response acceptRequest(@PathParam("id") long id, @PathParam("personId") long personId) {
        memberships.acceptRequest(currentUser.caller(), id, personId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/requests/{personId}")
    public Response declineRequest(@PathParam("id") long id, @PathParam("personId") long personId) {
        memberships.declineRequest(currentUser.caller(), id, personId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{personId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("personId") long personId) {
        memberships.removeMember(currentUser.caller(), id, personId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/owners")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("id") long id, PersonRef person) {
        memberships.promoteToOwner(currentUser.caller(), id, personId(person));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/owners/{personId}")
    public Response demote(@PathParam("id") long id, @PathParam("personId") long personId) {
        memberships.demoteToMember(currentUser.caller(), id, personId);
        return Response.noContent().build();
    }

    /** Leaves the community, or withdraws one's request to join. */
    @DELETE
    @Path("{id}/membership")
    public Response leave(@PathParam("id") long id) {
        memberships.leave(currentUser.caller(), id);
        return Response.noContent().build();
    }

    private static CommunityDraft draft(CommunityBody body) {
        if (body == null) {
            throw new BadRequestException("a JSON body with the community is required");
        }
        return new CommunityDraft(body.name(), body.description(), body.type(), body.orgUnitId(), body.tags());
    }

    private static long personId(PersonRef person) {
        if (person == null || person.personId() == null) {
            throw new BadRequestException("the body must name the person: {\"personId\": …}");
        }
        return person.personId();
    }
}
