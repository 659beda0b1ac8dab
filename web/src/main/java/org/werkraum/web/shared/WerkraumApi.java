package org.werkraum.web.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class WerkraumApi extends Application {}
