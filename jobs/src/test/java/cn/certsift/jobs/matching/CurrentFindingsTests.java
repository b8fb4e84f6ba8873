package cn.certsift.jobs.matching;

import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;

import cn.certsift.jobs.spark.SparkExtension;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class CurrentFindingsTests {

    @Test
    void aFindingRaisedTwiceByDuplicateRosterRowsIsKeptOnceFromTheEarliestRow(SparkSession spark) {
        Dataset<Row> judgements = spark.createDataFrame(List.of(
                judgement("F1", "roster_b.csv", 2L, "from b"),
                judgement("F1", "roster_a.csv", 9L, "from a line 9"),
                judgement("F1", "roster_a.csv", 3L, "from a line 3"),
                judgement("F2", "roster_b.csv", 5L, "other"),
                RowFactory.create("NOTE", null, null, null, null, null, null, null, null, null, "电工", null, null, null, null,
                        "UNKNOWN_POST", "电工", "roster_a.csv", 4L)), JudgementColumns.SCHEMA);
        LocalDate runDate = LocalDate.of(2026, 11, 20);
        assertRowsByKey(CurrentFindings.of(judgements, runDate), "finding_id", List.of(
                values("finding_id", "F1", "evidence", "from a line 3", "run_date", runDate),
                values("finding_id", "F2", "evidence", "other")));
    }

    private static Row judgement(String id, String file, long line, String evidence) {
        return RowFactory.create("FINDING", id, "CERT_EXPIRED", "证书已超过有效期", "medium", "南山区", "9144030071526726XG", "腾达建筑",
                "王伟", "11010519491231002X", "电工", "T11010519491231002X", "MEM", "T11010519491231002X", evidence, null, null,
                file, line);
    }
}
