package org.werkraum.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting folders of the dev services (test data that must start empty). */
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
}
