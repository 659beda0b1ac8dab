package org.werkraum.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operating-system user that Elasticsearch runs as. Elasticsearch refuses to run as root, so when this JVM is
 * root (containers, CI machines) the node runs as an unprivileged system user that is created on first use.
 */
final class NodeUser {

    static final String SYSTEM_USER = "werkraum-es";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String uid;
    private final String gid;

    private NodeUser(String uid, String gid) {
        this.uid = uid;
        this.gid = gid;
    }

    /** The current user, or the system user {@value #SYSTEM_USER} (created if missing) when we are root. */
    static NodeUser forThisProcess() throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new NodeUser(null, null);
        }
        if (Command.attempt(List.of("id", "-u", SYSTEM_USER), Map.of(), TIMEOUT).exitCode() != 0) {
            Command.run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", SYSTEM_USER), Map.of(), TIMEOUT);
        }
        String uid =
                Command.run(List.of("id", "-u", SYSTEM_USER), Map.of(), TIMEOUT).strip();
        String gid =
                Command.run(List.of("id", "-g", SYSTEM_USER), Map.of(), TIMEOUT).strip();
        return new NodeUser(uid, gid);
    }

    boolean isSwitched() {
        return uid != null;
    }

    /** The prefix that runs a command as this user. */
    List<String> commandPrefix() {
        if (!isSwitched()) {
            return List.of();
        }
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
    }

    /** Hands the folders (recursively) to this user, after checking that the user can reach them. */
    void own(Path... folders) throws IOException {
        if (!isSwitched()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("chown", "-R", uid + ":" + gid));
        for (Path folder : folders) {
            requireReachable(folder);
            command.add(folder.toString());
        }
        Command.run(command, Map.of(), TIMEOUT);
    }

    /** Every folder above must let others pass, or the node cannot open its own files. */
    private static void requireReachable(Path folder) throws IOException {
        for (Path parent = folder.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("Elasticsearch runs as user " + SYSTEM_USER + ", which cannot reach " + folder
                        + " because " + parent + " is closed to other users (chmod o+x, or use another folder)");
            }
        }
    }
}
