package org.werkraum.search.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Werkraum's Elasticsearch is and how its indices are named and laid out.
 *
 * @param url
 *            the node or load balancer, e.g. {@code http://127.0.0.1:9200}
 * @param indexPrefix
 *            starts every alias and index name, so that several installations (or test classes) can share a
 *            cluster; lower case letters, digits, {@code -} and {@code _}
 * @param connectTimeout
 *            how long to wait for a connection
 * @param socketTimeout
 *            how long to wait for an answer, also of a bulk request
 * @param numberOfShards
 *            primaries of each new index
 * @param numberOfReplicas
 *            replicas of each new index
 * @param username
 *            a user of the cluster's security (HTTP Basic), or null
 * @param password
 *            that user's password
 * @param apiKey
 *            an API key ({@code base64(id:key)}, as Elasticsearch hands it out in {@code encoded}), or null; used
 *            instead of the user when both are given
 * @param caCertificate
 *            a PEM file with the certificate authority that signed the cluster's HTTPS certificate, or null to trust
 *            the JVM's default authorities
 */
public record ElasticsearchSettings(
        URI url,
        String indexPrefix,
        Duration connectTimeout,
        Duration socketTimeout,
        int numberOfShards,
        int numberOfReplicas,
        String username,
        String password,
        String apiKey,
        Path caCertificate) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public ElasticsearchSettings {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("Elasticsearch url must be http(s)://host[:port]: " + url);
        }
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        if (!INDEX_PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException(
                    "index prefix must be lower case letters, digits, '-' or '_': " + indexPrefix);
        }
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        socketTimeout = positive(socketTimeout, DEFAULT_SOCKET_TIMEOUT, "socketTimeout");
        if (numberOfShards < 1) {
            throw new IllegalArgumentException("numberOfShards must be at least 1");
        }
        if (numberOfReplicas < 0) {
            throw new IllegalArgumentException("numberOfReplicas must not be negative");
        }
        username = blankToNull(username);
        apiKey = blankToNull(apiKey);
        if (username != null && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("an Elasticsearch user needs a password");
        }
    }

    /** One shard, no replicas and the default timeouts: right for a single node. */
    public static ElasticsearchSettings of(URI url, String indexPrefix) {
        return new ElasticsearchSettings(
                url, indexPrefix, DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, 1, 0, null, null, null, null);
    }

    public ElasticsearchSettings withTimeouts(Duration connect, Duration socket) {
        return new ElasticsearchSettings(
                url,
                indexPrefix,
                connect,
                socket,
                numberOfShards,
                numberOfReplicas,
                username,
                password,
                apiKey,
                caCertificate);
    }

    public ElasticsearchSettings withLayout(int shards, int replicas) {
        return new ElasticsearchSettings(
                url,
                indexPrefix,
                connectTimeout,
                socketTimeout,
                shards,
                replicas,
                username,
                password,
                apiKey,
                caCertificate);
    }

    /** Signs in to a cluster with security on as a user (HTTP Basic). */
    public ElasticsearchSettings withUser(String user, String userPassword) {
        return new ElasticsearchSettings(
                url,
                indexPrefix,
                connectTimeout,
                socketTimeout,
                numberOfShards,
                numberOfReplicas,
                user,
                userPassword,
                apiKey,
                caCertificate);
    }

    /** Signs in to a cluster with security on with an API key. */
    public ElasticsearchSettings withApiKey(String key) {
        return new ElasticsearchSettings(
                url,
                indexPrefix,
                connectTimeout,
                socketTimeout,
                numberOfShards,
                numberOfReplicas,
                username,
                password,
                key,
                caCertificate);
    }

    /** Trusts the certificate authority in this PEM file for HTTPS (and only it). */
    public ElasticsearchSettings withCaCertificate(Path pem) {
        return new ElasticsearchSettings(
                url,
                indexPrefix,
                connectTimeout,
                socketTimeout,
                numberOfShards,
                numberOfReplicas,
                username,
                password,
                apiKey,
                pem);
    }

    /** Secrets stay out of logs and messages. */
    @Override
    public String toString() {
        return "ElasticsearchSettings[" + url + ", prefix " + indexPrefix + ", user " + username
                + (apiKey == null ? "" : ", API key") + (caCertificate == null ? "" : ", CA " + caCertificate) + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }
}
