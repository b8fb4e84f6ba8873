package cn.certsift.jobs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Puts a finished output in place with a rename, so that a reader never sees a half-written file or
 * folder: outputs are written beside their final name and moved over it at the end.
 */
public final class Publish {

    private Publish() {
    }

    /** Where to write an output before it is published: beside the target, with a marker suffix. */
    public static Path staged(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    /** Writes a Spark layer to Parquet beside the target folder and moves it over the target when complete. */
    public static void parquet(Dataset<Row> rows, Path target) throws IOException {
        Path staged = staged(target);
        Folders.deleteRecursively(staged);
        ParquetLayers.write(rows, staged);
        replace(staged, target);
    }

    /** Moves a finished file or folder over the target; an old target folder is removed after the swap. */
    public static void replace(Path staged, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            Path old = target.resolveSibling(target.getFileName() + ".old");
            Folders.deleteRecursively(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteRecursively(old);
        } else {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
