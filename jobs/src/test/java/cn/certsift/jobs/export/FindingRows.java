package cn.certsift.jobs.export;

import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.matching.FindingColumns;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Finding rows with the contract's columns, as the export steps read them from findings/. */
final class FindingRows {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

    private FindingRows() {
    }

    static Map<String, Object> finding(String id, String district, String code, String severity, String status) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("finding_id", id);
        row.put("run_date", RUN_DATE);
        row.put("finding_code", code);
        row.put("severity", severity);
        row.put("district", district);
        row.put("employer_uscc", "9144030071526726XG");
        row.put("employer_name", "深圳市腾达建筑有限公司");
        row.put("name", "王伟");
        row.put("id_no", "11010519491231002X");
        row.put("post", "电工");
        row.put("cert_no", "T11010519491231002X");
        row.put("matched_department", "MEM");
        row.put("matched_cert_no", "T11010519491231002X");
        row.put("evidence", "证书 T11010519491231002X（应急管理部门 电工作业）有效期至 2026-11-01，截至 2026-11-20 已过期 19 天");
        row.put("status", status);
        row.put("first_seen", RUN_DATE);
        return row;
    }

    /** The inspector columns with the lists of conf/cases.yml and these verifications shown. */
    static InspectorColumns inspectorColumns(Map<String, Verification> verifications) {
        return new InspectorColumns(List.of("责令整改", "停产整顿", "罚款", "移送公安", "吊销证书", "责令整改+罚款", "停产整顿+罚款",
                "责令整改+移送公安", "罚款+移送公安", "罚款+吊销证书", "吊销证书+移送公安", "无需处理"), LocalDate.of(2024, 5, 12),
                new BigDecimal("5000000"), verifications);
    }

    /** Rows carrying the contract schema, as Spark hands them over. */
    static List<Row> rows(SparkSession spark, List<Map<String, Object>> findings) {
        StructType schema = new StructType();
        for (String column : FindingColumns.CONTRACT) {
            schema = schema.add(column, column.equals("run_date") || column.equals("first_seen")
                    ? DataTypes.DateType : DataTypes.StringType);
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> finding : findings) {
            rows.add(RowFactory.create(FindingColumns.CONTRACT.stream().map(finding::get).toArray()));
        }
        return spark.createDataFrame(rows, schema).collectAsList();
    }
}
