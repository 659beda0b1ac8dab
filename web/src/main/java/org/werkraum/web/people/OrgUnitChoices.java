package org.werkraum.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.people.OrgUnitSummary;
import org.werkraum.people.PeopleService;

/**
 * Choosing an org unit by typing part of its name, for every form that filters or files by unit (suggestions from
 * {@link OrgUnitSuggestionsServlet}, the chosen unit read back by {@link #getConverter()}): a company of 25,000
 * units cannot send them all as a list to each page.
 */
@Named
@ApplicationScoped
public class OrgUnitChoices {

    static final int SUGGESTIONS = 15;

    @Inject
    PeopleService people;

    public List<OrgUnitSummary> complete(String text) {
        return people.orgUnitsNamed(text, SUGGESTIONS);
    }

    /** The unit of an id from the address, or null for none or an unknown one. */
    public OrgUnitSummary of(Long id) {
        return id == null ? null : people.orgUnit(id).orElse(null);
    }

    /** A chosen unit travels as its id. */
    public Converter<OrgUnitSummary> getConverter() {
        return new Converter<>() {
            @Override
            public OrgUnitSummary getAsObject(FacesContext context, UIComponent component, String value) {
                try {
                    return value == null || value.isBlank() ? null : of(Long.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, OrgUnitSummary value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }
}
