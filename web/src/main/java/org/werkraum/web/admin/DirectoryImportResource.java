package org.werkraum.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.werkraum.people.DirectoryImport;
import org.werkraum.people.ImportResult;
import org.werkraum.web.security.CurrentUser;

/** The directory sync for scripts: {@code POST /api/admin/directory} with the CSV as {@code text/csv}. */
@Path("admin/directory")
@RequestScoped
public class DirectoryImportResource {

    @Inject
    DirectoryImport directory;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(String csv) {
        return directory.importCsv(currentUser.caller(), new StringReader(csv == null ? "" : csv));
    }
}
