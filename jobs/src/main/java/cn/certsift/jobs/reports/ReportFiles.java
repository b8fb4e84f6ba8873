package cn.certsift.jobs.reports;

import cn.certsift.jobs.workbook.WorkbookFiles;

import java.io.IOException;
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
        try (workbook) {
            WorkbookFiles.publish(workbook, file);
        }
        return file;
    }
}
