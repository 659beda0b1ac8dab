package org.werkraum.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting and copying folders of the dev services (test data that must start empty, node configuration). */
final class FileTrees {

    private FileTrees() {}

    /** Deletes everything inside the folder, keeping the folder itself. */
    static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(folder))
                    .toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    /** Copies a folder with everything in it; existing files are replaced. */
    static void copy(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path source : paths) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
