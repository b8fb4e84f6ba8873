package cn.certsift.jobs.reports;

import cn.certsift.jobs.io.Publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Report workbooks are published whole: written beside their name, then moved over it. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static Path write(XSSFWorkbook workbook, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Path staged = Publish.staged(file);
        try (workbook; OutputStream out = Files.newOutputStream(staged)) {
            workbook.write(out);
        }
        Publish.replace(staged, file);
        return file;
    }
}
