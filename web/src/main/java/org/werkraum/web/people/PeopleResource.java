package org.werkraum.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.werkraum.people.DirectoryFilter;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonProfile;
import org.werkraum.people.PersonSummary;
import org.werkraum.people.ProfileChange;
import org.werkraum.security.Caller;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.signin.PasswordResetLink;
import org.werkraum.signin.PasswordService;
import org.werkraum.web.security.ApplicationUrl;
import org.werkraum.web.security.CurrentUser;

/** People: the directory, profiles, and editing one's own profile. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    PeopleService people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordService passwords;

    @Context
    HttpServletRequest request;

    /** The body of a profile change: the fields and the version the client read. */
    public record ProfileUpdate(
            long version,
            String title,
            String location,
            String bio,
            String linkedinUrl,
            String xingUrl,
            String xUrl,
            Set<String> expertise) {}

    /** The body of a password change. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    @GET
    public Page<PersonSummary> directory(
            @QueryParam("name") String name,
            @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("location") String location,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return people.directory(new DirectoryFilter(name, orgUnit, location), new PageRequest(page, size));
    }

    @GET
    @Path("me")
    public PersonProfile me() {
        Caller caller = currentUser.caller();
        return people.profile(caller, caller.personId());
    }

    @GET
    @Path("{id}")
    public PersonProfile profile(@PathParam("id") long id) {
        return people.profile(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonProfile update(@PathParam("id") long id, ProfileUpdate update) {
        if (update == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body with the profile is required");
        }
        return people.updateProfile(
                currentUser.caller(),
                id,
                update.version(),
                new ProfileChange(
                        update.title(),
                        update.location(),
                        update.bio(),
                        update.linkedinUrl(),
                        update.xingUrl(),
                        update.xUrl(),
                        update.expertise()));
    }

    /** Changes the caller's own password; the current one must be given. */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body with currentPassword and newPassword is required");
        }
        passwords.changeOwn(currentUser.caller(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    /** Admins: a one-time link with which the person sets a new password; it is mailed to him too. */
    @POST
    @Path("{id}/password-reset")
    public Response passwordReset(@PathParam("id") long id) {
        PasswordResetLink link = passwords.issueReset(currentUser.caller(), id, ApplicationUrl.of(request));
        return Response.status(Response.Status.CREATED).entity(link).build();
    }
}
