package org.werkraum.devservices;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks on TCP ports of the loopback interface, where all dev services listen. */
public final class LocalPorts {

    private LocalPorts() {}

    /** Whether nothing listens on the port of 127.0.0.1. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message naming the service when the port is taken, typically by a server left running.
     */
    public static void requireFree(int port, String service) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " (" + service + ") is already in use on 127.0.0.1;"
                    + " is a server from an earlier run still running? Stop it or choose another port.");
        }
    }

    /** A port that was free a moment ago, for tests. */
    public static int findFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
