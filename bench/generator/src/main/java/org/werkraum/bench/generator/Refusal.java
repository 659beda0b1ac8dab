package org.werkraum.bench.generator;

/** The database is not in a state to generate into; the generator says why and exits with status 2. */
final class Refusal extends RuntimeException {

    Refusal(String message) {
        super(message);
    }
}
