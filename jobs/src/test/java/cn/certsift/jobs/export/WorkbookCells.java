package cn.certsift.jobs.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading back the workbooks the exports write. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The cells of one row as Excel shows them. */
    static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(cell -> cells.add(cell.toString()));
        return cells;
    }
}
