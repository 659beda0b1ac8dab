package org.werkraum.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.werkraum.searching.ResultType;
import org.werkraum.searching.SearchResults;
import org.werkraum.searching.SearchService;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;

/** {@code /api/search?q=…&type=person&type=community&page=0&size=20}: only what the caller may see. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @GET
    public SearchResults search(
            @QueryParam("q") String text,
            @QueryParam("type") List<String> types,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(currentUser.caller(), text, types(types), new PageRequest(page, size));
    }

    private static Set<ResultType> types(List<String> names) {
        Set<ResultType> types = EnumSet.noneOf(ResultType.class);
        for (String name : names) {
            try {
                types.add(ResultType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown type '" + name + "'; known: " + EnumSet.allOf(ResultType.class));
            }
        }
        return types;
    }
}
