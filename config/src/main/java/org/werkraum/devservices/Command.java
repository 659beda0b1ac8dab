package org.werkraum.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A short-lived external command whose output matters only when it fails. */
final class Command {

    private Command() {}

    /** Runs the command and returns its output (stdout and stderr); fails when it exits with another code than 0. */
    static String run(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
        Result result = attempt(command, environment, timeout);
        if (result.exitCode() != 0) {
            throw new IOException(
                    "Command " + command + " failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Runs the command and returns its exit code and output, whatever they are. */
    static Result attempt(List<String> command, Map<String, String> environment, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        // read concurrently so that a chatty command cannot block on a full pipe
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
                throw new IOException("Command " + command + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), output.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
            throw new IOException("Interrupted while running " + command, e);
        }
    }

    record Result(int exitCode, String output) {}
}
