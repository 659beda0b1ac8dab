package org.werkraum.devservices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process together with everything it started. */
final class ProcessTree {

    private ProcessTree() {}

    /**
     * Asks the process and all its descendants to terminate (SIGTERM), waits up to {@code grace} for all of them,
     * then kills whatever is left.
     *
     * @return true if everything ended within the grace period
     */
    static boolean terminate(ProcessHandle root, Duration grace) {
        // collect the tree first: once the launcher script is gone its children are reparented and lost to us
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return true;
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
        return false;
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits =
                processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Prefix that starts a command in a session of its own, so that Ctrl-C in the terminal reaches only our JVM,
     * which then stops the services in the right order.
     */
    static List<String> ownSession() {
        return new java.io.File("/usr/bin/setsid").canExecute() ? List.of("/usr/bin/setsid") : List.of();
    }
}
