package cn.certsift.jobs.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of laid-out sheets — forms, statistics, explanations — written cell by cell
 * ({@link FormSheet}) and finished together: formulas evaluated so every program shows their figures,
 * every row as tall as its text needs, every sheet's page setup applied.
 */
public final class FormWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final WorkbookStyles styles = new WorkbookStyles(workbook);
    private final FileTitle file;
    private final List<FormSheet> sheets = new ArrayList<>();

    public FormWorkbook(FileTitle file) {
        this.file = file;
    }

    public FormSheet sheet(String name) {
        FormSheet sheet = new FormSheet(workbook.createSheet(name), styles, new PageSetup(file));
        sheets.add(sheet);
        return sheet;
    }

    public WorkbookStyles styles() {
        return styles;
    }

    /** Evaluates the formulas, sizes the rows and sets up the pages; the workbook is then ready to write. */
    public XSSFWorkbook finish() {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        workbook.setForceFormulaRecalculation(true);
        sheets.forEach(FormSheet::finish);
        return workbook;
    }
}
