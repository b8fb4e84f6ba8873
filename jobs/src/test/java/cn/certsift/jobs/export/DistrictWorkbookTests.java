package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.FindingRows.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.workbook.FileTitle;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class DistrictWorkbookTests {

    @Test
    void findingsBeyondASheetsRowLimitContinueOnFurtherSheets(SparkSession spark, @TempDir Path folder) throws Exception {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            findings.add(finding("F" + i, "南山区", "NO_CERT", "high", "NEW"));
        }
        Path file = folder.resolve("南山区.xlsx");
        try (DistrictWorkbook workbook = new DistrictWorkbook(false, FindingRows.inspectorColumns(Map.of()),
                new FileTitle("南山区证书比对问题清单", FindingRows.RUN_DATE), 2)) {
            for (Row row : FindingRows.rows(spark, findings)) {
                workbook.add(row);
            }
            assertEquals(5, workbook.openFindings());
            workbook.writeTo(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName() + ":" + sheet.getLastRowNum()));
            assertEquals(List.of("问题清单:2", "问题清单(2):2", "问题清单(3):1", "分类统计:12", "下拉选项:11"), sheets);
            Sheet third = workbook.getSheet("问题清单(3)");
            assertEquals("问题编号", third.getRow(0).getCell(0).getStringCellValue(), "every sheet has the header");
            assertEquals("F5", third.getRow(1).getCell(0).getStringCellValue());
            assertEquals("'问题清单(3)'!$A$1:$K$2", workbook.getPrintArea(2), "every sheet prints what inspectors need");
            assertEquals(1, third.getDataValidations().get(0).getRegions().getCellRangeAddress(0).getFirstRow(),
                    "every sheet has its drop-downs");
        }
    }
}
