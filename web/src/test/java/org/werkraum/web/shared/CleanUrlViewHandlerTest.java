package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanUrlViewHandlerTest {

    @Test
    void linkParametersWithValuesAreKeptAsGiven() {
        Map<String, List<String>> parameters = Map.of("login", List.of("anna.schmidt"));

        assertThat(CleanUrlViewHandler.withValues("/people/profile", parameters))
                .isSameAs(parameters);
    }

    @Test
    void parametersWithoutAValueAreLeftOut() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("login", new ArrayList<>(Arrays.asList((String) null)));
        parameters.put("unit", new ArrayList<>(Arrays.asList("42", null)));
        parameters.put("page", null);

        assertThat(CleanUrlViewHandler.withValues("/people/profile", parameters))
                .containsExactly(Map.entry("unit", List.of("42")));
    }
}
