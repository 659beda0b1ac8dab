package org.werkraum.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application exactly as it ships: the EAR this module built. */
final class Deployments {

    private Deployments() {}

    static EnterpriseArchive werkraum() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("werkraum.ear")));
    }
}
