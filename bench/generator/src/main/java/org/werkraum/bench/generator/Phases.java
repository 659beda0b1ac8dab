package org.werkraum.bench.generator;

import java.io.PrintStream;
import java.util.Locale;

/** Times the phases of a run and prints one line per phase as it ends. */
final class Phases {

    /** One running phase; {@link #done} prints its line. */
    final class Phase implements AutoCloseable {

        private final String name;
        private final long started = System.nanoTime();
        private boolean done;

        private Phase(String name) {
            this.name = name;
        }

        void done() {
            done("");
        }

        void done(String detail) {
            done = true;
            out.printf(Locale.ROOT, "  %-30s %8.1f s  %s%n", name, seconds(started), detail);
        }

        /** A phase ended by an exception says so. */
        @Override
        public void close() {
            if (!done) {
                out.printf(Locale.ROOT, "  %-30s %8.1f s  failed%n", name, seconds(started));
            }
        }
    }

    private final PrintStream out;
    private final long started = System.nanoTime();

    Phases(PrintStream out) {
        this.out = out;
    }

    Phase start(String name) {
        return new Phase(name);
    }

    double totalSeconds() {
        return seconds(started);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
