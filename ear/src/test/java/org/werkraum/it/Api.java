package org.werkraum.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A REST client signed in as one person (HTTP Basic), for tests that use the API as any client would. */
final class Api {

    static final String BASE =
            "http://127.0.0.1:" + System.getProperty("werkraum.test.http.port", "58080") + "/werkraum";
    static final String DEMO_PASSWORD = "werkraum-demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String forwardedFor;
    private final String base;

    private Api(String authorization) {
        this(authorization, null, BASE);
    }

    private Api(String authorization, String forwardedFor, String base) {
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
        this.base = base;
    }

    /** The same client talking to another node of Werkraum. */
    Api at(String otherBase) {
        return new Api(authorization, forwardedFor, otherBase);
    }

    /** A client with a personal access token. */
    static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    /**
     * The same client seen from another address: the test server trusts 127.0.0.1 as a proxy, so
     * {@code X-Forwarded-For} names the client address that sign-in throttling counts.
     */
    Api from(String address) {
        return new Api(authorization, address, base);
    }

    static Api as(String login) {
        return as(login, DEMO_PASSWORD);
    }

    static Api as(String login, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous() {
        return new Api(null);
    }

    record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET with headers of its own, which replace the defaults (such as {@code Accept}). */
    Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path);
        headers.forEach(request::setHeader);
        return send(request.GET());
    }

    Reply post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Bytes as the body, as an upload sends a file. */
    Reply post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply put(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** A download: the status, the headers and the bytes as they came. */
    record Download(int status, java.net.http.HttpHeaders headers, byte[] bytes) {}

    Download download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(
                    request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String toJson(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
