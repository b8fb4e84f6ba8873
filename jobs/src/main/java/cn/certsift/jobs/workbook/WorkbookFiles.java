package cn.certsift.jobs.workbook;

import cn.certsift.jobs.io.Publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;

/** Workbooks are published whole: written beside their name, then moved over it. */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    public static void publish(Workbook workbook, Path file) throws IOException {
        Path staged = Publish.staged(file);
        try (OutputStream out = Files.newOutputStream(staged)) {
            workbook.write(out);
        }
        Publish.replace(staged, file);
    }
}
