package org.werkraum.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.get.Feature;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.werkraum.search.DocumentRef;
import org.werkraum.search.DocumentType;
import org.werkraum.search.IndexFamily;
import org.werkraum.search.Rejection;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchHit;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.SearchQuery;
import org.werkraum.search.SearchResult;
import org.werkraum.search.SearchUnavailableException;

/**
 * Werkraum's search on Elasticsearch.
 *
 * <p>
 * Each {@link IndexFamily} lives in a concrete index {@code <prefix>-<family>-v<generation>} that is reached only
 * through the alias {@code <prefix>-<family>}. {@link #ensureIndices()} creates generation 1 together with its alias;
 * {@link #reindex(IndexFamily, Iterable)} builds the next generation and moves the alias in one atomic step. Reads
 * and writes always go through the alias.
 *
 * <p>
 * Text is analysed by Werkraum's analysis plugin, which every node must have: {@code title} and {@code text} are
 * indexed three times (language neutral, German, English), {@code title} also as word prefixes for type-ahead.
 * Queries are term-centric: every word typed must occur in some field, not necessarily all in the same one, so "Müller
 * Berlin" finds the person Müller whose location is Berlin; documents with all words in one field rank higher.
 *
 * <p>
 * Safe for concurrent use; one instance per application, closed when the application stops.
 */
public class ElasticsearchSearchIndex implements SearchIndex {

    private static final System.Logger LOG = System.getLogger(ElasticsearchSearchIndex.class.getName());

    private static final String MAPPING_RESOURCE = "index.json";
    /** Elasticsearch's default {@code index.max_result_window}: hits beyond it cannot be paged to. */
    static final int MAX_RESULT_WINDOW = 10_000;
    /** A reindex sends at most this many documents or characters per bulk request. */
    private static final int BULK_DOCUMENTS = 500;

    private static final long BULK_CHARACTERS = 4_000_000;
    /**
     * Highlighting stops (silently) after this many characters of a long text such as an attachment; without the limit
     * the node fails the whole search once a text exceeds its {@code index.highlight.max_analyzed_offset} (10^6).
     */
    private static final int MAX_HIGHLIGHTED_CHARACTERS = 999_999;

    private static final int FRAGMENT_SIZE = 160;
    private static final int TEXT_FRAGMENTS = 3;
    private static final String MARK = "<mark>";
    private static final String UNMARK = "</mark>";
    private static final String TYPES_AGGREGATION = "types";
    private static final String RESOURCE_ALREADY_EXISTS = "resource_already_exists_exception";
    private static final String INDEX_NOT_FOUND = "index_not_found_exception";

    /** Where a query looks; title matches weigh most, then exact keywords. */
    private static final List<String> QUERY_FIELDS = List.of(
            "title^3",
            "title.de^3",
            "title.en^3",
            "title.suggest",
            "text",
            "text.de",
            "text.en",
            "keywords^2",
            "keywords.folded^2",
            "tags");

    /**
     * What the title's highlight marks: whole words as typed (case and accents folded) and, for type-ahead, the words
     * that begin with what was typed. Stems found only through the German or English fields find the document but are
     * not marked: re-analysing every hit three more times made highlighting two thirds of a search's cost.
     */
    private static final List<String> TITLE_HIGHLIGHTED = List.of("title", "title.suggest");

    /**
     * The fields whose words the highlights can mark (the title's above and the text's own): the highlighter is given
     * the query on these alone, not on all ten fields. It marks the same words, at half the cost of a search.
     */
    private static final List<String> HIGHLIGHT_QUERY_FIELDS = List.of("title", "title.suggest", "text");

    private final ElasticsearchSettings settings;
    private final String mapping;
    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    /** Set once every alias was seen; until then writes and searches first create what is missing. */
    private volatile boolean indicesEnsured;

    public ElasticsearchSearchIndex(ElasticsearchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mapping = readMapping();
        RestClientBuilder builder = RestClient.builder(
                        HttpHost.create(settings.url().toString()))
                .setRequestConfigCallback(request -> request.setConnectTimeout(
                                Math.toIntExact(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(
                                Math.toIntExact(settings.socketTimeout().toMillis())));
        builder.setHttpClientConfigCallback(http -> secured(http, settings));
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(
                    new org.apache.http.Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        String path = settings.url().getPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            builder.setPathPrefix(path);
        }
        ObjectMapper json = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(json));
        this.client = new ElasticsearchClient(transport);
    }

    /** A user's credentials (unless an API key is given) and the trusted certificate authority, when configured. */
    private static HttpAsyncClientBuilder secured(HttpAsyncClientBuilder http, ElasticsearchSettings settings) {
        if (settings.username() != null && settings.apiKey() == null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(settings.username(), settings.password()));
            http.setDefaultCredentialsProvider(credentials);
        }
        if (settings.caCertificate() != null) {
            http.setSSLContext(trusting(settings.caCertificate()));
        }
        return http;
    }

    /** TLS that trusts exactly the certificates in one PEM file. */
    private static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot trust the certificate authority in " + pem + ": " + e.getMessage(), e);
        }
    }

    /** The alias through which the family's index is read and written. */
    public String alias(IndexFamily family) {
        return settings.indexPrefix() + "-" + family.alias();
    }

    /**
     * Creates, for each family whose alias is missing, generation 1 of its index together with the alias, in one
     * request. Several nodes may do this at the same time: the one that comes second finds the index existing and
     * leaves it.
     */
    @Override
    public void ensureIndices() {
        try {
            for (IndexFamily family : IndexFamily.values()) {
                ensureIndex(family);
            }
            indicesEnsured = true;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("could not create the search indices", e);
        }
    }

    private void ensureIndex(IndexFamily family) throws IOException {
        String alias = alias(family);
        if (aliasExists(alias)) {
            return;
        }
        String index = indexName(family, 1);
        try {
            createIndex(index, alias, false);
            LOG.log(Level.INFO, "created search index {0} behind alias {1}", index, alias);
        } catch (ElasticsearchException e) {
            if (!isResourceAlreadyExists(e)) {
                throw e;
            }
            // created with its alias in one request, so the alias must be there now, unless someone removed it
            if (!aliasExists(alias)) {
                throw new SearchUnavailableException("search index " + index + " exists without its alias " + alias
                        + "; add the alias or delete the index");
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>
     * Documents go to their family's alias, under the id {@link DocumentRef#indexId()}; upserts replace the whole
     * document. Within one call, deletions come after upserts, so a document in both is deleted.
     */
    @Override
    public List<Rejection> apply(Collection<SearchDocument> upserts, Collection<DocumentRef> deletions) {
        if (upserts.isEmpty() && deletions.isEmpty()) {
            return List.of();
        }
        ensureIndicesOnce();
        List<BulkOperation> operations = new ArrayList<>(upserts.size() + deletions.size());
        List<DocumentRef> refs = new ArrayList<>(upserts.size() + deletions.size());
        for (SearchDocument document : upserts) {
            operations.add(indexOperation(alias(document.type().family()), document));
            refs.add(document.ref());
        }
        for (DocumentRef ref : deletions) {
            String alias = alias(ref.type().family());
            operations.add(BulkOperation.of(o -> o.delete(d -> d.index(alias).id(ref.indexId()))));
            refs.add(ref);
        }
        return applyOrSplit(operations, refs, true);
    }

    /**
     * Sends the operations in one bulk request. When the node refuses the whole request because of one operation
     * (a request validation error, e.g. an id over 512 bytes), sends them one by one, so that only that one fails.
     */
    private List<Rejection> applyOrSplit(List<BulkOperation> operations, List<DocumentRef> refs, boolean requireAlias) {
        BulkResponse response;
        try {
            // require_alias: a write to a missing alias must not auto-create an index of that name
            response = client.bulk(b -> b.operations(operations).requireAlias(requireAlias));
        } catch (ElasticsearchException e) {
            if (!isClientError(e.status())) {
                throw unavailable("bulk request of " + operations.size() + " operations failed", e);
            }
            if (operations.size() == 1) {
                return List.of(new Rejection(refs.get(0), e.status(), e.getMessage()));
            }
            List<Rejection> rejections = new ArrayList<>();
            for (int i = 0; i < operations.size(); i++) {
                rejections.addAll(applyOrSplit(List.of(operations.get(i)), List.of(refs.get(i)), requireAlias));
            }
            return rejections;
        } catch (IOException e) {
            throw unavailable("bulk request of " + operations.size() + " operations failed", e);
        }
        if (!response.errors()) {
            return List.of();
        }
        List<Rejection> rejections = new ArrayList<>();
        List<String> missingIndices = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            if (INDEX_NOT_FOUND.equals(item.error().type())) {
                missingIndices.add(item.id() + " (" + item.error().reason() + ")");
            } else {
                rejections.add(new Rejection(
                        refs.get(i),
                        item.status(),
                        item.error().type() + ": " + item.error().reason()));
            }
        }
        if (!missingIndices.isEmpty()) {
            // someone deleted an index behind our back: not the documents' fault; recreate before the next write
            indicesEnsured = false;
            throw new SearchUnavailableException("Elasticsearch has no index for " + String.join(", ", missingIndices));
        }
        return rejections;
    }

    private static boolean isClientError(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** A reindex that only logs refused documents (tests and tools). */
    public String reindex(IndexFamily family, Iterable<SearchDocument> documents) {
        List<Rejection> refused = new ArrayList<>();
        String target = reindex(family, documents, refused::add);
        if (!refused.isEmpty()) {
            LOG.log(Level.WARNING, "{0} documents were refused while reindexing {1}", refused.size(), target);
        }
        return target;
    }

    /**
     * {@inheritDoc}
     *
     * <p>
     * Searches see the old index until the alias moves and the complete new one afterwards; this is Werkraum's full
     * reindex, done by the application because the node has no {@code _reindex}.
     *
     * <p>
     * Writes that {@link #apply} makes while this runs reach the old index only. The caller makes sure that what
     * changed since it started reading {@code documents} is applied again after this returns (it is idempotent).
     * Of two reindexes of one family at the same time, the one that would move the alias second fails (the alias
     * must still point where it pointed when it started) and removes the index it built.
     *
     * @param documents
     *            every document of the family, read while this runs; all must belong to {@code family}
     */
    @Override
    public String reindex(IndexFamily family, Iterable<SearchDocument> documents, Consumer<Rejection> refused) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(documents, "documents");
        String alias = alias(family);
        try {
            // the alias by name too, in case it points to an index that is not one of ours
            Map<String, IndexState> generations = client.indices()
                    .get(g -> g.index(indexBase(family) + "*", alias)
                            .features(Feature.Aliases)
                            .allowNoIndices(true)
                            .ignoreUnavailable(true))
                    .result();
            int next = generations.keySet().stream()
                            .mapToInt(name -> generationOf(family, name))
                            .max()
                            .orElse(0)
                    + 1;
            List<String> current = generations.entrySet().stream()
                    .filter(e -> e.getValue().aliases().containsKey(alias))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            String target = indexName(family, next);
            try {
                createIndex(target, null, true);
            } catch (ElasticsearchException e) {
                if (isResourceAlreadyExists(e)) {
                    throw new SearchUnavailableException(
                            "another reindex of " + alias + " is running: " + target + " exists", e);
                }
                throw e;
            }
            LOG.log(Level.INFO, "reindexing {0} into {1}", alias, target);
            long count;
            try {
                count = load(family, target, documents, refused);
                client.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("1s"))));
                client.indices().refresh(r -> r.index(target));
                List<Action> swap = new ArrayList<>();
                for (String old : current) {
                    swap.add(Action.of(
                            a -> a.remove(r -> r.index(old).alias(alias).mustExist(true))));
                }
                swap.add(Action.of(a -> a.add(r -> r.index(target).alias(alias))));
                client.indices().updateAliases(u -> u.actions(swap));
            } catch (IOException | RuntimeException e) {
                deleteIndexQuietly(target);
                throw e;
            }
            LOG.log(Level.INFO, "alias {0} now points to {1} ({2} documents)", alias, target, count);
            for (String old : current) {
                deleteIndexQuietly(old);
            }
            return target;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("could not reindex " + alias, e);
        }
    }

    private long load(
            IndexFamily family, String index, Iterable<SearchDocument> documents, Consumer<Rejection> refused) {
        long count = 0;
        long characters = 0;
        List<BulkOperation> batch = new ArrayList<>();
        List<DocumentRef> refs = new ArrayList<>();
        for (SearchDocument document : documents) {
            if (document.type().family() != family) {
                throw new IllegalArgumentException("a " + document.type() + " does not belong to the family " + family);
            }
            batch.add(indexOperation(index, document));
            refs.add(document.ref());
            count++;
            characters += document.title().length() + document.text().length();
            if (batch.size() >= BULK_DOCUMENTS || characters >= BULK_CHARACTERS) {
                applyOrSplit(batch, refs, false).forEach(refused);
                batch = new ArrayList<>();
                refs = new ArrayList<>();
                characters = 0;
            }
        }
        if (!batch.isEmpty()) {
            applyOrSplit(batch, refs, false).forEach(refused);
        }
        return count;
    }

    /**
     * {@inheritDoc}
     *
     * <p>
     * Blank text lists everything the searcher may see, newest first. The hits' highlights hold the highlighted title
     * first if the title matched, then up to three fragments of the text.
     */
    @Override
    public SearchResult search(SearchQuery query) {
        ensureIndicesOnce();
        try {
            SearchResponse<IndexedDocument.Found> response =
                    client.search(searchRequest(query), IndexedDocument.Found.class);
            // a shard that fails while fetching hits (e.g. highlighting) leaves an answer without them, not an error
            if (response.shards().failed().intValue() > 0) {
                String reason = response.shards().failures().stream()
                        .findFirst()
                        .map(failure -> failure.reason().type() + ": "
                                + failure.reason().reason())
                        .orElse("unknown");
                throw new SearchUnavailableException(
                        "search failed on " + response.shards().failed() + " of "
                                + response.shards().total() + " shards: " + reason);
            }
            List<SearchHit> hits = new ArrayList<>();
            for (Hit<IndexedDocument.Found> hit : response.hits().hits()) {
                toSearchHit(hit).ifPresent(hits::add);
            }
            long total = response.hits().total() == null
                    ? hits.size()
                    : response.hits().total().value();
            return new SearchResult(total, List.copyOf(hits), countsByType(response.aggregations()));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("search failed", e);
        }
    }

    private SearchRequest searchRequest(SearchQuery query) {
        List<String> indices = families(query.types()).stream().map(this::alias).toList();
        // Elasticsearch refuses to page beyond its result window; the totals are still right there
        int from = Math.min(query.offset(), MAX_RESULT_WINDOW);
        int size = Math.min(query.limit(), MAX_RESULT_WINDOW - from);
        return SearchRequest.of(s -> {
            s.index(indices)
                    .from(from)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .allowPartialSearchResults(false)
                    .query(q -> q.bool(b -> {
                        b.filter(terms("readers", query.principals()));
                        if (!query.types().isEmpty()) {
                            b.filter(terms(
                                    "type",
                                    query.types().stream().map(Enum::name).toList()));
                        }
                        if (query.text().isEmpty()) {
                            return b.must(m -> m.matchAll(a -> a));
                        }
                        b.must(anyFieldPerWord(query.text(), QUERY_FIELDS));
                        // one word is in one field anyway; the extra clause would only double the cost of scoring
                        // and highlighting
                        return query.text().strip().split("\\s+").length > 1
                                ? b.should(allWordsInOneField(query.text()))
                                : b;
                    }))
                    .source(src -> src.filter(f -> f.includes(IndexedDocument.Found.FIELDS)))
                    .aggregations(
                            TYPES_AGGREGATION, a -> a.terms(t -> t.field("type").size(DocumentType.values().length)));
            if (query.text().isEmpty()) {
                s.sort(o -> o.field(f -> f.field("updated").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("type").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            } else {
                s.highlight(h -> h.highlightQuery(anyFieldPerWord(query.text(), HIGHLIGHT_QUERY_FIELDS))
                        .encoder(HighlighterEncoder.Html)
                        .preTags(MARK)
                        .postTags(UNMARK)
                        .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARACTERS)
                        .fields("title", f -> f.matchedFields(TITLE_HIGHLIGHTED).numberOfFragments(0))
                        .fields("text", f -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(TEXT_FRAGMENTS)));
            }
            return s;
        });
    }

    /**
     * Every word typed must occur in at least one field, each field analysing it its own way (stemmed, split,
     * prefixes). Unlike a field-centric {@code multi_match} with operator {@code and}, this finds a person by name
     * and location. Quotes make a phrase and a trailing {@code *} a prefix; all other syntax is taken as text, so no
     * input can make the query fail.
     */
    private static Query anyFieldPerWord(String text, List<String> fields) {
        return Query.of(q -> q.simpleQueryString(t -> t.query(text)
                .fields(fields)
                .defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix)));
    }

    /** Ranks documents that have all words in one field (a title, say) above those that have them scattered. */
    private static Query allWordsInOneField(String text) {
        return Query.of(q -> q.multiMatch(t -> t.query(text)
                .fields(QUERY_FIELDS)
                .type(TextQueryType.BestFields)
                .operator(Operator.And)
                .tieBreaker(0.3)));
    }

    private static Optional<SearchHit> toSearchHit(Hit<IndexedDocument.Found> hit) {
        IndexedDocument.Found source = hit.source();
        DocumentType type = source == null ? null : documentType(source.type());
        if (type == null) {
            LOG.log(Level.WARNING, "ignoring search hit {0} of an unknown type", hit.id());
            return Optional.empty();
        }
        List<String> highlights = new ArrayList<>();
        highlights.addAll(hit.highlight().getOrDefault("title", List.of()));
        highlights.addAll(hit.highlight().getOrDefault("text", List.of()));
        return Optional.of(new SearchHit(
                new DocumentRef(type, source.id()),
                source.title(),
                source.keywords() == null ? List.of() : List.copyOf(source.keywords()),
                List.copyOf(highlights),
                hit.score() == null ? 0 : hit.score()));
    }

    private static Map<DocumentType, Long> countsByType(Map<String, Aggregate> aggregations) {
        Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
        Aggregate types = aggregations.get(TYPES_AGGREGATION);
        if (types != null && types.isSterms()) {
            types.sterms().buckets().array().forEach(bucket -> {
                DocumentType type = documentType(bucket.key().stringValue());
                if (type != null) {
                    counts.put(type, bucket.docCount());
                }
            });
        }
        return Collections.unmodifiableMap(counts);
    }

    private static DocumentType documentType(String name) {
        return Arrays.stream(DocumentType.values())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void refresh() {
        try {
            List<String> aliases =
                    Arrays.stream(IndexFamily.values()).map(this::alias).toList();
            client.indices()
                    .refresh(r -> r.index(aliases).ignoreUnavailable(true).allowNoIndices(true));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("could not refresh the search indices", e);
        }
    }

    /** Asks for the cluster health, because this distribution answers neither {@code GET /} nor {@code HEAD /}. */
    @Override
    public boolean isAvailable() {
        try {
            return client.cluster().health().status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Elasticsearch is not available", e);
            return false;
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the Elasticsearch client", e);
        }
    }

    private void ensureIndicesOnce() {
        if (!indicesEnsured) {
            ensureIndices();
        }
    }

    private boolean aliasExists(String alias) throws IOException {
        return client.indices().existsAlias(e -> e.name(alias)).value();
    }

    /**
     * Creates an index with Werkraum's mapping and, if {@code alias} is given, the alias with it in the same request.
     * An index that is about to be bulk-loaded starts without refreshes.
     */
    private void createIndex(String index, String alias, boolean bulkLoading) throws IOException {
        client.indices().create(c -> {
            c.withJson(new StringReader(mapping)).index(index).settings(s -> {
                s.numberOfShards(String.valueOf(settings.numberOfShards()))
                        .numberOfReplicas(String.valueOf(settings.numberOfReplicas()));
                if (bulkLoading) {
                    s.refreshInterval(t -> t.time("-1"));
                }
                return s;
            });
            if (alias != null) {
                c.aliases(alias, a -> a);
            }
            return c;
        });
    }

    private void deleteIndexQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not delete the search index " + index + "; delete it by hand", e);
        }
    }

    private static BulkOperation indexOperation(String index, SearchDocument document) {
        IndexedDocument source = IndexedDocument.of(document);
        return BulkOperation.of(
                o -> o.index(i -> i.index(index).id(document.ref().indexId()).document(source)));
    }

    /** Sends one bulk request; any refused item fails the whole call, which the caller may simply repeat. */
    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    private static Set<IndexFamily> families(Set<DocumentType> types) {
        if (types.isEmpty()) {
            return new LinkedHashSet<>(Arrays.asList(IndexFamily.values()));
        }
        return types.stream().map(DocumentType::family).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String indexBase(IndexFamily family) {
        return alias(family) + "-v";
    }

    private String indexName(IndexFamily family, int generation) {
        return indexBase(family) + generation;
    }

    private int generationOf(IndexFamily family, String index) {
        if (!index.startsWith(indexBase(family))) {
            return 0;
        }
        String suffix = index.substring(indexBase(family).length());
        return suffix.matches("[0-9]{1,9}") ? Integer.parseInt(suffix) : 0;
    }

    private static boolean isResourceAlreadyExists(ElasticsearchException e) {
        return e.error() != null && RESOURCE_ALREADY_EXISTS.equals(e.error().type());
    }

    private SearchUnavailableException unavailable(String what, Exception cause) {
        return new SearchUnavailableException(what + " (" + settings.url() + "): " + cause.getMessage(), cause);
    }

    private static String readMapping() {
        try (InputStream in = ElasticsearchSearchIndex.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAPPING_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
