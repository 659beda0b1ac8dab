package org.werkraum.bench.generator;

/** The language of a person's name and of the texts a community writes. */
enum Language {
    DE,
    EN;

    Language other() {
        return this == DE ? EN : DE;
    }
}
