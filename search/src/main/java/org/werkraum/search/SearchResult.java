package org.werkraum.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total the searcher may see, and counts per document type.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<DocumentType, Long> countsByType) {}
