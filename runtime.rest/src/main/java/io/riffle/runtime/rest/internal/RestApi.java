package io.riffle.runtime.rest.internal;

import io.riffle.runtime.application.ApplicationRunner;

/** Assembles the API's routes. */
final class RestApi {

    private RestApi() {
    }

    static RestRouter router(ClusterView cluster, Jars jars, ApplicationRunner applications) {
        RestRouter router = new RestRouter();
        MonitoringRoutes.register(router, cluster);
        JobRoutes.register(router, cluster.dispatcher());
        JarRoutes.register(router, jars, applications);
        return router;
    }
}
