package org.werkraum.shared;

/**
 * Where the web module answers (ear/pom.xml deploys it at this context root): links written into stored HTML, such as
 * a wiki page's links to other pages, begin with it.
 */
public final class Addresses {

    public static final String CONTEXT_ROOT = "/werkraum";

    private Addresses() {}
}
