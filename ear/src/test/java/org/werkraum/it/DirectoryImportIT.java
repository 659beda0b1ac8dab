package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The directory sync: all rows or none, every bad row named by its line. */
@ExtendWith(ArquillianExtension.class)
class DirectoryImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void fileWithBadRowsImportsNothingAndNamesEveryLine() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "login,display_name,email,org_unit,manager\n"
                + "good." + suffix + ",Good Person,good." + suffix + "@werkraum.example,Werkraum AG > Neu " + suffix
                + ",anna.schmidt\n"
                + "bad." + suffix + ",Bad Person,not-an-email,,\n"
                + "lost." + suffix + ",Lost Person,lost." + suffix + "@werkraum.example,,nobody.known\n";

        Api.Reply reply = Api.as("lena.vogel").post("/api/admin/directory", "text/csv", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("3", "4");
        assertThat(errors.findValuesAsText("field")).containsExactly("email", "manager");
        assertThat(Api.as("lena.vogel")
                        .get("/api/people?name=good." + suffix)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void goodFileCreatesPeopleAndOrgUnitsAndUpdatesKnownPeople() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String login = "neu." + suffix;
        String csv = "login,display_name,email,title,org_unit,location,manager,roles,expertise\n"
                + login + ",Neu Person,neu." + suffix + "@werkraum.example,Analyst,Werkraum AG > Operations > Neu "
                + suffix + ",Wien,ivan.petrov,,statistik;r\n";
        Api lena = Api.as("lena.vogel");

        Api.Reply reply = lena.post("/api/admin/directory", "text/csv", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("peopleCreated").asInt()).isEqualTo(1);
        assertThat(reply.json().get("orgUnitsCreated").asInt()).isEqualTo(1);
        JsonNode person =
                lena.get("/api/people?name=" + login).json().get("items").get(0);
        JsonNode profile = lena.get("/api/people/" + person.get("id").asLong()).json();
        assertThat(profile.get("managerChain").findValuesAsText("login"))
                .containsExactly("ivan.petrov", "david.okafor", "anna.schmidt");
        assertThat(profile.get("orgPath").findValuesAsText("name"))
                .containsExactly("Neu " + suffix, "Operations", "Werkraum AG");
        // the directory filtered by a unit lists the people of the units below it too
        long operations = profile.get("orgPath").get(1).get("id").asLong();
        long newUnit = profile.get("orgPath").get(0).get("id").asLong();
        assertThat(lena.get("/api/people?orgUnit=" + operations + "&name=" + login)
                        .json()
                        .get("items")
                        .findValuesAsText("login"))
                .containsExactly(login);
        assertThat(lena.get("/api/people?orgUnit=" + newUnit)
                        .json()
                        .get("items")
                        .findValuesAsText("login"))
                .containsExactly(login);
        assertThat(lena.get("/api/people?orgUnit=" + newUnit + "&name=anna")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        Api.Reply again = lena.post("/api/admin/directory", "text/csv", csv.replace("Analyst", "Senior Analyst"));
        assertThat(again.json().get("peopleUpdated").asInt()).isEqualTo(1);
        assertThat(lena.get("/api/people/" + person.get("id").asLong())
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Senior Analyst");
    }

    @Test
    void managersWhoManageEachOtherEndTheChainInsteadOfGoingRound() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String a = "round.a." + suffix;
        String b = "round.b." + suffix;
        String csv = "login,display_name,email,org_unit,manager\n"
                + a + ",Round A," + a + "@werkraum.example,Werkraum AG,anna.schmidt\n"
                + b + ",Round B," + b + "@werkraum.example,Werkraum AG," + a + "\n";
        Api lena = Api.as("lena.vogel");
        assertThat(lena.post("/api/admin/directory", "text/csv", csv).status()).isEqualTo(200);
        // the next export of the HR system closes the circle: A reports to B, who reports to A
        Api.Reply circle = lena.post("/api/admin/directory", "text/csv", csv.replace(",anna.schmidt", "," + b));
        assertThat(circle.status()).as(circle.body()).isEqualTo(200);

        JsonNode first = lena.get("/api/people?name=" + a).json().get("items").get(0);
        JsonNode profile = lena.get("/api/people/" + first.get("id").asLong()).json();

        assertThat(profile.get("managerChain").findValuesAsText("login")).containsExactly(b);
        assertThat(profile.get("directReports").findValuesAsText("login")).containsExactly(b);
    }

    @Test
    void onlyAdminsImport() {
        Api.Reply reply = Api.as("jonas.meyer")
                .post("/api/admin/directory", "text/csv", "login,display_name,email\nx.y,X Y,x.y@werkraum.example\n");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("code").asText()).isEqualTo("error.import.adminsOnly");
    }
}
