package org.werkraum.searching;

import java.util.List;
import java.util.Map;

/** A page of hits, the total the searcher may see, and counts per type (for the filters). */
public record SearchResults(long total, List<Hit> hits, Map<ResultType, Long> countsByType) {}
