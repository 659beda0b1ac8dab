package org.werkraum.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.werkraum.search.DocumentRef;
import org.werkraum.search.DocumentType;
import org.werkraum.search.IndexFamily;
import org.werkraum.search.Principals;
import org.werkraum.search.Rejection;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchHit;
import org.werkraum.search.SearchQuery;
import org.werkraum.search.SearchResult;
import org.werkraum.search.SearchUnavailableException;

/**
 * The adapter against a real node with Werkraum's analysis plugin. Every test starts from freshly created indices
 * under this class's own prefix. The German and English texts are Europarl debates (Apache Tika's language detection
 * test files, copied unchanged from /work/shared/testdata/german/corpus/).
 */
class ElasticsearchSearchIndexIT {

    private static final String PREFIX = "werkraum-it-search-index";
    /** From the OWASP XSS filter evasion cheat sheet (/work/shared/testdata/xss/owasp/). */
    private static final String OWASP_PAYLOAD = "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>";

    private static final Set<String> EMPLOYEE = Set.of(Principals.EVERYONE, Principals.user(1));

    private ElasticsearchSearchIndex index;

    @BeforeEach
    void freshIndices() {
        TestNode.deleteIndices(PREFIX);
        index = new ElasticsearchSearchIndex(TestNode.settings(PREFIX));
        index.ensureIndices();
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @AfterAll
    static void removeIndices() {
        TestNode.deleteIndices(PREFIX);
    }

    @Test
    void documentWithoutReaderPrincipalIsNotFound() {
        index.apply(
                List.of(
                        community("7", "Betriebsrat intern", "Protokoll der Sitzung", Principals.community(7)),
                        community("8", "Betriebsrat", "Protokoll der offenen Sitzung", Principals.EVERYONE)),
                List.of());
        index.refresh();

        SearchResult outsider = index.search(query("Protokoll", EMPLOYEE));
        assertThat(ids(outsider)).containsExactly("8");
        assertThat(outsider.total()).isEqualTo(1);
        assertThat(ids(index.search(query("", EMPLOYEE)))).containsExactly("8");

        Set<String> member = Set.of(Principals.EVERYONE, Principals.user(1), Principals.community(7));
        assertThat(ids(index.search(query("Protokoll", member)))).containsExactlyInAnyOrder("7", "8");
        assertThat(ids(index.search(query("Protokoll", Set.of(Principals.community(7))))))
                .containsExactly("7");
    }

    @Test
    void refusedDocumentsDoNotFailTheOthersOfTheirBulk() {
        // a keyword over 32,766 bytes is refused by the item; an id over 512 bytes fails the whole request's
        // validation, after which the documents are sent one by one
        SearchDocument immense =
                community("immense", "Sommerfest Riesig", "Abgelehnt", "community:" + "x".repeat(40_000));
        String tooLong = "x".repeat(600);

        List<Rejection> rejections = index.apply(
                List.of(
                        community("before", "Sommerfest Planung", "Wer bringt den Grill?"),
                        immense,
                        community("after", "Sommerfest Musik", "Die Band spielt ab acht.")),
                List.of(new DocumentRef(DocumentType.COMMUNITY, "never-indexed")));
        List<Rejection> split = index.apply(
                List.of(
                        community("first", "Sommerfest Getränke", "Wasser und Saft"),
                        community(tooLong, "Sommerfest Ersatz", "Abgelehnt")),
                List.of());
        index.refresh();

        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0).ref()).isEqualTo(immense.ref());
        assertThat(rejections.get(0).status()).isEqualTo(400);
        assertThat(rejections.get(0).isDocumentsFault()).isTrue();
        assertThat(rejections.get(0).reason())
                .startsWith("document_parsing_exception")
                .contains("[readers]")
                .as("the refused value is not quoted: it may be confidential")
                .doesNotContain("xxxx");
        assertThat(split).hasSize(1);
        assertThat(split.get(0).ref()).isEqualTo(new DocumentRef(DocumentType.COMMUNITY, tooLong));
        assertThat(split.get(0).isDocumentsFault()).isTrue();
        assertThat(split.get(0).reason()).contains("512");
        assertThat(ids(index.search(query("Sommerfest", EMPLOYEE))))
                .containsExactlyInAnyOrder("before", "after", "first");
    }

    @Test
    void germanStemmingFindsPluralAndCompound() {
        index.apply(
                List.of(
                        community("disasters", "Wiederaufnahme der Sitzungsperiode", german("Naturkatastrophen")),
                        community("workplace", "Arbeitsschutz im Parlament", german("Arbeitsschutzregelungen")),
                        community("fisheries", "Cunha-Bericht", german("Fischereipolitik"))),
                List.of());
        index.refresh();

        // singular of one part of a plural compound: Naturkatastrophen
        assertThat(ids(index.search(query("Katastrophe", EMPLOYEE)))).containsExactly("disasters");
        // Arbeitsschutzregelungen, Arbeitsschutzausschuß (ß as ss)
        assertThat(ids(index.search(query("Regelung", EMPLOYEE)))).containsExactly("workplace");
        assertThat(ids(index.search(query("Ausschuss", EMPLOYEE)))).containsExactly("workplace");
        // plural of Grundsatz, Rechtsgrundsatz; second part of Fischereipolitik
        assertThat(ids(index.search(query("Grundsätze Politik", EMPLOYEE)))).containsExactly("fisheries");
    }

    @Test
    void masculineWordFindsFeminineForm() {
        index.apply(
                List.of(
                        community("sales", "Vertrieb", "Unsere neue Mitarbeiterin stellt sich vor"),
                        person("4", "Mitarbeiterinnen und Mitarbeiter im Vertrieb", List.of())),
                List.of());
        index.refresh();

        assertThat(ids(index.search(query("Mitarbeiter", EMPLOYEE)))).containsExactlyInAnyOrder("sales", "4");
    }

    @Test
    void englishStemming() {
        index.apply(
                List.of(
                        community("point-of-order", "Point of order", english("assassinated")),
                        community("fisheries", "Cunha report", english("The Cunha report"))),
                List.of());
        index.refresh();

        // "bomb explosions", "people assassinated", "violent deaths"
        assertThat(ids(index.search(query("explosion", EMPLOYEE)))).containsExactly("point-of-order");
        assertThat(ids(index.search(query("assassination", EMPLOYEE)))).containsExactly("point-of-order");
        assertThat(ids(index.search(query("reports", EMPLOYEE)))).containsExactly("fisheries");
    }

    @Test
    void typeAheadPrefixFindsTitle() {
        index.apply(
                List.of(
                        community("team", "Werkraum Team", "Wer wir sind"),
                        community("wiki", "Wiki-Handbuch", "Hilfe zum Schreiben")),
                List.of());
        index.refresh();

        assertThat(ids(index.search(query("Werk", EMPLOYEE)))).containsExactly("team");
        assertThat(ids(index.search(query("werkr", EMPLOYEE)))).containsExactly("team");
        assertThat(ids(index.search(query("Team Wer", EMPLOYEE)))).containsExactly("team");
        assertThat(ids(index.search(query("Wi", EMPLOYEE)))).containsExactly("wiki");
        SearchHit hit = index.search(query("Werk", EMPLOYEE)).hits().get(0);
        assertThat(hit.highlights()).contains("<mark>Werkraum</mark> Team");
    }

    @Test
    void termsMayMatchInDifferentFields() {
        index.apply(
                List.of(
                        person("1", "Anna Müller", List.of("Leiterin Vertrieb", "Standort Berlin")),
                        person("2", "Jonas Müller", List.of("Entwickler", "Standort München"))),
                List.of());
        index.refresh();

        assertThat(ids(index.search(query("Müller Berlin", EMPLOYEE)))).containsExactly("1");
        assertThat(ids(index.search(query("muller vertrieb", EMPLOYEE)))).containsExactly("1");
        SearchHit anna = index.search(query("Berlin", EMPLOYEE)).hits().get(0);
        assertThat(anna.title()).isEqualTo("Anna Müller");
        assertThat(anna.keywords()).containsExactly("Leiterin Vertrieb", "Standort Berlin");
    }

    @Test
    void highlightsMarkMatchesAndEscapeHtml() {
        index.apply(
                List.of(community(
                        "xss",
                        "Sicherheit <script>alert('x')</script> & Co",
                        "Ein Beispiel aus dem Cheat Sheet: " + OWASP_PAYLOAD
                                + " — so sieht ein Angriff mit script aus.")),
                List.of());
        index.refresh();

        SearchHit hit = index.search(query("script", EMPLOYEE)).hits().get(0);
        assertThat(hit.title()).isEqualTo("Sicherheit <script>alert('x')</script> & Co");
        assertThat(hit.highlights()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hit.highlights().get(0))
                .startsWith("Sicherheit &lt;<mark>script</mark>&gt;alert(")
                .contains("&amp; Co");
        assertThat(hit.highlights()).allSatisfy(fragment -> {
            assertThat(fragment).contains("<mark>");
            assertThat(fragment.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
        assertThat(String.join(" ", hit.highlights())).contains("&lt;<mark>SCRIPT</mark>&gt;alert(&quot;XSS&quot;)");
    }

    @Test
    void typedSyntaxNeverBreaksTheQuery() {
        index.apply(List.of(community("team", "Werkraum Team", "C++ und \"Java\" (seit 2020)")), List.of());
        index.refresh();

        for (String text : List.of(
                "\"unbalanced",
                "-",
                "*",
                "!!!",
                "(",
                "a AND OR",
                "title:Werkraum",
                "C++",
                "/[a-z/",
                "~",
                "\\",
                "Team)",
                OWASP_PAYLOAD)) {
            assertThat(index.search(query(text, EMPLOYEE))).as(text).isNotNull();
        }
        assertThat(ids(index.search(query("Werkr*", EMPLOYEE)))).containsExactly("team");
        assertThat(ids(index.search(query("\"Werkraum Team\"", EMPLOYEE)))).containsExactly("team");
        assertThat(ids(index.search(query("\"Team Werkraum\"", EMPLOYEE)))).isEmpty();
    }

    @Test
    void longTextIsFoundAndHighlightedWithoutFailing() {
        // an attachment's text longer than the node analyses for highlighting (1,000,000 characters)
        String text = "Anfang Werkraum " + "Lorem ipsum dolor sit amet. ".repeat(40_000) + "Schlusswort";
        index.apply(List.of(community("attachment", "Handbuch.pdf", text)), List.of());
        index.refresh();

        assertThat(index.search(query("Werkraum", EMPLOYEE)).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.highlights()).anyMatch(f -> f.contains("<mark>Werkraum</mark>")));
        assertThat(ids(index.search(query("Schlusswort", EMPLOYEE)))).containsExactly("attachment");
    }

    @Test
    void countsByTypeAreReported() {
        index.apply(
                List.of(
                        person("1", "Anna Müller", List.of("Vertrieb")),
                        person("2", "Jonas Weber", List.of()),
                        community("1", "Vertrieb", "Alles zum Vertrieb"),
                        community("2", "Lauftreff", "Montags um sechs"),
                        community("3", "Kantine", "Speiseplan"),
                        community("4", "Vertrieb intern", "nur Mitglieder", Principals.community(4))),
                List.of());
        index.refresh();

        SearchResult everything = index.search(query("", EMPLOYEE));
        assertThat(everything.total()).isEqualTo(5);
        assertThat(everything.countsByType())
                .containsExactlyInAnyOrderEntriesOf(Map.of(DocumentType.PERSON, 2L, DocumentType.COMMUNITY, 3L));

        SearchResult sales = index.search(query("Vertrieb", EMPLOYEE));
        assertThat(sales.total()).isEqualTo(2);
        assertThat(sales.countsByType())
                .containsExactlyInAnyOrderEntriesOf(Map.of(DocumentType.PERSON, 1L, DocumentType.COMMUNITY, 1L));

        SearchResult people = index.search(new SearchQuery("", EMPLOYEE, Set.of(DocumentType.PERSON), 0, 1));
        assertThat(people.total()).isEqualTo(2);
        assertThat(people.hits()).hasSize(1);
        assertThat(people.hits().get(0).ref().type()).isEqualTo(DocumentType.PERSON);
        assertThat(people.countsByType()).containsExactlyEntriesOf(Map.of(DocumentType.PERSON, 2L));
    }

    @Test
    void pagingBeyondTheResultWindowReturnsTotalsWithoutHits() {
        index.apply(List.of(community("1", "Lauftreff", "Montags")), List.of());
        index.refresh();

        SearchResult far = index.search(new SearchQuery("", EMPLOYEE, Set.of(), 20_000, 10));
        assertThat(far.total()).isEqualTo(1);
        assertThat(far.hits()).isEmpty();
    }

    @Test
    void applyIsIdempotentAndDeletes() {
        SearchDocument first = community("1", "Lauftreff", "Montags um sechs");
        SearchDocument second = community("2", "Kantine", "Speiseplan der Woche");
        index.apply(List.of(first, second), List.of());
        index.apply(List.of(first, second), List.of());
        index.refresh();
        assertThat(index.search(query("", EMPLOYEE)).total()).isEqualTo(2);

        SearchDocument renamed = community("1", "Lauftreff am Rhein", "Montags um sechs");
        index.apply(List.of(renamed), List.of(second.ref()));
        index.apply(List.of(renamed), List.of(second.ref()));
        index.apply(List.of(), List.of(new DocumentRef(DocumentType.PERSON, "never-indexed")));
        index.apply(List.of(), List.of());
        index.refresh();

        SearchResult result = index.search(query("", EMPLOYEE));
        assertThat(ids(result)).containsExactly("1");
        assertThat(result.hits().get(0).title()).isEqualTo("Lauftreff am Rhein");
        assertThat(index.search(query("Kantine", EMPLOYEE)).total()).isZero();

        // in one call, a deletion wins over an upsert of the same document
        index.apply(List.of(renamed), List.of(renamed.ref()));
        index.refresh();
        assertThat(index.search(query("", EMPLOYEE)).total()).isZero();
    }

    @Test
    void writeToMissingAliasFailsNamingTheDocumentAndCreatesNoIndex() {
        String peopleAlias = index.alias(IndexFamily.PEOPLE);
        TestNode.indicesBehind(peopleAlias).forEach(TestNode::deleteIndex);

        assertThatThrownBy(() -> index.apply(
                        List.of(person("42", "Anna Müller", List.of()), community("1", "Lauftreff", "Montags")),
                        List.of()))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("person:42")
                .hasMessageNotContaining("community:1");
        assertThat(TestNode.indices(PREFIX)).noneMatch(name -> name.equals(peopleAlias));

        index.ensureIndices();
        index.apply(List.of(person("42", "Anna Müller", List.of())), List.of());
        index.refresh();
        assertThat(ids(index.search(query("Anna", EMPLOYEE)))).containsExactly("42");
    }

    @Test
    void ensureIndicesFromTwoNodesAtOnceCreatesOneIndexPerFamily() throws Exception {
        TestNode.deleteIndices(PREFIX);
        CountDownLatch start = new CountDownLatch(1);
        List<ElasticsearchSearchIndex> nodes = List.of(
                new ElasticsearchSearchIndex(TestNode.settings(PREFIX)),
                new ElasticsearchSearchIndex(TestNode.settings(PREFIX)));
        try {
            List<CompletableFuture<Void>> runs = nodes.stream()
                    .map(node -> CompletableFuture.runAsync(() -> {
                        await(start);
                        node.ensureIndices();
                    }))
                    .toList();
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            nodes.forEach(ElasticsearchSearchIndex::close);
        }

        for (IndexFamily family : IndexFamily.values()) {
            assertThat(TestNode.indicesBehind(index.alias(family))).containsExactly(index.alias(family) + "-v1");
        }
        index.ensureIndices();
        assertThat(TestNode.indices(PREFIX)).hasSize(IndexFamily.values().length);
    }

    @Test
    void reindexSwapsAliasWithoutLosingSearches() throws Exception {
        String alias = index.alias(IndexFamily.COMMUNITIES);
        index.apply(
                List.of(
                        community("0", "Gemeinschaft 0", "alt"),
                        community("1", "Gemeinschaft 1", "alt"),
                        community("2", "Gemeinschaft 2", "alt")),
                List.of());
        index.refresh();
        List<SearchDocument> rebuilt = IntStream.range(0, 1_200)
                .mapToObj(i -> community(String.valueOf(i), "Gemeinschaft " + i, "neu aufgebaut"))
                .toList();

        AtomicBoolean reindexing = new AtomicBoolean(true);
        List<Long> totalsSeen = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(() -> {
            while (reindexing.get()) {
                try {
                    totalsSeen.add(index.search(query("Gemeinschaft", EMPLOYEE)).total());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });
        searcher.start();
        String newIndex;
        try {
            newIndex = index.reindex(IndexFamily.COMMUNITIES, rebuilt);
        } finally {
            reindexing.set(false);
            searcher.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(failures).isEmpty();
        assertThat(totalsSeen).isNotEmpty().allMatch(total -> total == 3 || total == 1_200);
        assertThat(newIndex).isEqualTo(alias + "-v2");
        assertThat(TestNode.indicesBehind(alias)).containsExactly(newIndex);
        assertThat(TestNode.indices(PREFIX)).doesNotContain(alias + "-v1");
        SearchResult after = index.search(query("neu", EMPLOYEE));
        assertThat(after.total()).isEqualTo(1_200);

        // later writes go to the new index; a second reindex takes the next generation
        index.apply(List.of(community("new", "Gemeinschaft neu", "nach dem Umbau")), List.of());
        index.refresh();
        assertThat(index.search(query("Umbau", EMPLOYEE)).total()).isEqualTo(1);
        assertThat(index.reindex(IndexFamily.COMMUNITIES, List.of(community("only", "Einzige", "übrig"))))
                .isEqualTo(alias + "-v3");
        assertThat(ids(index.search(query("", EMPLOYEE)))).containsExactly("only");
    }

    @Test
    void reindexThatFailsLeavesTheOldIndex() {
        String alias = index.alias(IndexFamily.PEOPLE);
        index.apply(List.of(person("1", "Anna Müller", List.of())), List.of());
        index.refresh();

        assertThatThrownBy(() -> index.reindex(
                        IndexFamily.PEOPLE,
                        List.of(person("2", "Jonas Weber", List.of()), community("1", "Lauftreff", "Montags"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(TestNode.indicesBehind(alias)).containsExactly(alias + "-v1");
        assertThat(TestNode.indices(PREFIX)).doesNotContain(alias + "-v2");
        assertThat(ids(index.search(query("", EMPLOYEE)))).containsExactly("1");
    }

    @Test
    void unavailableNodeRaisesSearchUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchSettings nowhere = ElasticsearchSettings.of(URI.create("http://127.0.0.1:" + closedPort), PREFIX)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2));
        try (ElasticsearchSearchIndex unreachable = new ElasticsearchSearchIndex(nowhere)) {
            assertThat(unreachable.isAvailable()).isFalse();
            assertThatThrownBy(unreachable::ensureIndices).isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(() -> unreachable.apply(List.of(community("1", "Lauftreff", "Montags")), List.of()))
                    .isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(() -> unreachable.search(query("Lauftreff", EMPLOYEE)))
                    .isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(unreachable::refresh).isInstanceOf(SearchUnavailableException.class);
        }
        assertThat(index.isAvailable()).isTrue();
    }

    private static SearchDocument community(String id, String title, String text, String... readers) {
        Set<String> principals = readers.length == 0 ? Set.of(Principals.EVERYONE) : Set.of(readers);
        return new SearchDocument(
                id,
                DocumentType.COMMUNITY,
                title,
                text,
                List.of(),
                List.of("test"),
                "1",
                id,
                principals,
                Instant.parse("2025-01-15T10:00:00Z"));
    }

    /** A person updated just now, to the microsecond. */
    private static SearchDocument person(String id, String name, List<String> keywords) {
        return new SearchDocument(
                id, DocumentType.PERSON, name, "", keywords, List.of(), null, null, Set.of(Principals.EVERYONE), null);
    }

    private static SearchQuery query(String text, Set<String> principals) {
        return new SearchQuery(text, principals, Set.of(), 0, 20);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.ref().id()).toList();
    }

    /** The paragraph (line) of the German Europarl text that contains {@code word}. */
    private static String german(String word) {
        return corpusLine("europarl_de.txt", word);
    }

    private static String english(String word) {
        return corpusLine("europarl_en.txt", word);
    }

    private static String corpusLine(String resource, String word) {
        try (InputStream in = ElasticsearchSearchIndexIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.contains(word))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(word + " not in " + resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
