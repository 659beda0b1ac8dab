package org.werkraum.search.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Elasticsearch node of the integration tests, as the dev services start it (port in
 * {@code werkraum.test.es.port}), or any node named by {@code werkraum.test.es.url}. Talks plain HTTP, so that tests
 * check the adapter against what the node says rather than against the adapter itself.
 */
final class TestNode {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestNode() {}

    static URI url() {
        String url = System.getProperty("werkraum.test.es.url");
        if (url == null || url.isBlank()) {
            url = "http://127.0.0.1:" + System.getProperty("werkraum.test.es.port", "59201");
        }
        return URI.create(url);
    }

    static ElasticsearchSettings settings(String indexPrefix) {
        return ElasticsearchSettings.of(url(), indexPrefix);
    }

    /** The concrete indices whose names start with {@code prefix + "-"}. */
    static Set<String> indices(String prefix) {
        JsonNode rows = get("/_cat/indices/" + prefix + "-*?format=json&h=index&expand_wildcards=all");
        Set<String> names = new TreeSet<>();
        rows.forEach(row -> names.add(row.get("index").asText()));
        return names;
    }

    /** The concrete indices behind an alias; empty if the alias does not exist. */
    static Set<String> indicesBehind(String alias) {
        JsonNode result =
                send(HttpRequest.newBuilder(url().resolve("/_alias/" + alias)).GET(), 404);
        Set<String> names = new TreeSet<>();
        if (result.has("error") || result.has("status")) {
            return names;
        }
        result.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Deletes every index of the prefix; the node refuses wildcards in deletions, so by name. */
    static void deleteIndices(String prefix) {
        List<String> names = new ArrayList<>(indices(prefix));
        if (!names.isEmpty()) {
            send(
                    HttpRequest.newBuilder(url().resolve("/" + String.join(",", names)))
                            .DELETE(),
                    404);
        }
    }

    static void deleteIndex(String name) {
        send(HttpRequest.newBuilder(url().resolve("/" + name)).DELETE(), 404);
    }

    static JsonNode get(String path) {
        return send(HttpRequest.newBuilder(url().resolve(path)).GET(), -1);
    }

    private static JsonNode send(HttpRequest.Builder request, int alsoAccepted) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != alsoAccepted) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
