package cn.certsift.jobs.export;

import static cn.certsift.jobs.export.FindingRows.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.jobs.matching.FindingColumns;
import cn.certsift.jobs.spark.SparkExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class FindingsCsvTests {

    @Test
    void findingsCsvIsUtf8WithBomAndCarriesEveryContractColumnAndFullIds(SparkSession spark, @TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("findings.csv");
        long rows = RowsCsv.write(FindingRows.rows(spark, List.of(finding("F1", "南山区", "CERT_EXPIRED", "medium", "NEW")))
                .iterator(), FindingColumns.CONTRACT, file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(1, rows);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(String.join(",", FindingColumns.CONTRACT), lines.get(0));
        assertTrue(lines.get(1).startsWith("F1,2026-11-20,CERT_EXPIRED,medium,南山区,9144030071526726XG,深圳市腾达建筑有限公司,王伟,"
                + "11010519491231002X,电工,T11010519491231002X,MEM,T11010519491231002X,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",NEW,2026-11-20,"), lines.get(1) + " (ends with status, first_seen and an empty cluster_id)");
    }
}
