package cn.certsift.jobs.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File-system chores shared by the steps. */
public final class Folders {

    private static final Logger log = LoggerFactory.getLogger(Folders.class);

    private Folders() {
    }

    /** Deletes a file or a folder with everything in it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(path)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }

    /**
     * Gives {@code target} the content of {@code existing}: a hard link to the same bytes where the file
     * system allows it (no copying, no extra space), a copy otherwise (another disk, a file system without
     * links). Never write to a linked file in place: delete it and write a new one, as every step does.
     */
    public static void linkOrCopy(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (FileAlreadyExistsException | NoSuchFileException notAboutLinks) {
            throw notAboutLinks;
        } catch (FileSystemException | UnsupportedOperationException noLink) {
            log.info("cannot link {} to {} ({}), copying it", target, existing, noLink.getMessage());
            Files.copy(existing, target);
        }
    }
}
