package org.werkraum.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * The benchmark's knobs, all system properties ({@code -Dname=value} on the Maven command line):
 *
 * <table>
 * <tr><th>property</th><th>default</th><th>what</th></tr>
 * <tr><td>baseUrl</td><td>http://localhost:8080/werkraum</td><td>the running Werkraum</td></tr>
 * <tr><td>users</td><td>16</td><td>concurrent signed-in people (closed model); each a different login</td></tr>
 * <tr><td>ramp</td><td>10s</td><td>from 0 to {@code users} people</td></tr>
 * <tr><td>warmup</td><td>30s</td><td>from the start, ramp included, before measuring: requests go to group
 *     "warm-up"</td></tr>
 * <tr><td>duration</td><td>60s</td><td>the measured time after the warm-up</td></tr>
 * <tr><td>pause</td><td>0ms</td><td>think time after each page (0: every person clicks on at once)</td></tr>
 * <tr><td>feeder</td><td>target/feeder.csv if present, else the demo logins</td><td>a CSV with a {@code login}
 *     column, optionally {@code id}, {@code name}, {@code location}, {@code community} (a community the person
 *     owns); bench/load.sh writes it from the REST API</td></tr>
 * <tr><td>logins</td><td></td><td>instead of a file: {@code anna.schmidt,ben.carter,…}</td></tr>
 * <tr><td>password</td><td>werkraum-demo</td><td>the password of every login</td></tr>
 * <tr><td>markerDir</td><td></td><td>if set, files {@code measure-start} and {@code measure-end} appear there when
 *     the measured time begins and ends (bench/load.sh samples CPU times then)</td></tr>
 * </table>
 *
 * Durations take {@code 90}, {@code 90s}, {@code 1500ms} or {@code 2m}. {@code -Dstrict} (Maven only) makes failed
 * assertions fail the build.
 */
final class Settings {

    static final String BASE_URL = stripSlash(System.getProperty("baseUrl", "http://localhost:8080/werkraum"));
    static final int USERS = Integer.getInteger("users", 16);
    static final Duration RAMP = duration("ramp", "10s");
    static final Duration WARMUP = duration("warmup", "30s");
    static final Duration DURATION = duration("duration", "60s");
    static final Duration PAUSE = duration("pause", "0ms");
    static final String FEEDER = System.getProperty("feeder", "");
    static final String LOGINS = System.getProperty("logins", "");
    static final String PASSWORD = System.getProperty("password", "werkraum-demo");
    static final String MARKER_DIR = System.getProperty("markerDir", "");

    static void validate() {
        if (USERS < 1) {
            throw new IllegalArgumentException("-Dusers must be at least 1, not " + USERS);
        }
        if (RAMP.compareTo(WARMUP) > 0) {
            throw new IllegalArgumentException(
                    "-Dramp (" + RAMP.toSeconds() + " s) must not be longer than -Dwarmup (" + WARMUP.toSeconds()
                            + " s), which includes it");
        }
        if (DURATION.isZero() || DURATION.isNegative()) {
            throw new IllegalArgumentException("-Dduration must be positive");
        }
    }

    static String describe() {
        return "baseUrl=" + BASE_URL + " users=" + USERS + " ramp=" + RAMP.toSeconds() + "s warmup="
                + WARMUP.toSeconds() + "s duration=" + DURATION.toSeconds() + "s pause=" + PAUSE.toMillis()
                + "ms";
    }

    private static Duration duration(String property, String fallback) {
        String value = System.getProperty(property, fallback).strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            }
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D" + property + "=" + value + " is no duration: give seconds (90), 90s, 1500ms or 2m");
        }
    }

    private static String stripSlash(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private Settings() {}
}
