package cn.certsift.jobs.matching;

import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;

import cn.certsift.jobs.spark.SparkExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class FindingStatusStageTests {

    private static final LocalDate LAST_NIGHT = LocalDate.of(2026, 11, 19);
    private static final LocalDate TONIGHT = LocalDate.of(2026, 11, 20);
    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 11, 12);

    private final SparkSession spark;

    FindingStatusStageTests(SparkSession spark) {
        this.spark = spark;
    }

    private Dataset<Row> findings(List<Map<String, Object>> rows, boolean withStatus) {
        StructType schema = new StructType();
        List<String> columns = new ArrayList<>(FindingColumns.CONTRACT);
        if (!withStatus) {
            columns.removeAll(List.of("status", "first_seen"));
        }
        for (String column : columns) {
            schema = schema.add(column, column.equals("run_date") || column.equals("first_seen")
                    ? DataTypes.DateType : DataTypes.StringType);
        }
        List<Row> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            result.add(RowFactory.create(columns.stream().map(row::get).toArray()));
        }
        return spark.createDataFrame(result, schema);
    }

    private static Map<String, Object> finding(String id, LocalDate runDate, String evidence) {
        return values("finding_id", id, "run_date", runDate, "finding_code", "CERT_EXPIRED", "evidence", evidence);
    }

    private static Map<String, Object> previous(String id, String status, LocalDate firstSeen) {
        Map<String, Object> row = finding(id, LAST_NIGHT, "last night's facts about " + id);
        row.put("status", status);
        row.put("first_seen", firstSeen);
        return row;
    }

    @Test
    void withoutAPreviousRunEveryFindingIsNew() {
        Dataset<Row> tracked = FindingStatusStage.track(findings(List.of(finding("F1", TONIGHT, "e")), false), Optional.empty(), TONIGHT);
        assertRowsByKey(tracked, "finding_id", List.of(values("finding_id", "F1", "status", "NEW", "first_seen", TONIGHT)));
    }

    @Test
    void findingsAreNewOpenOrResolvedAgainstThePreviousRun() {
        Dataset<Row> tonight = findings(List.of(
                finding("F-still-there", TONIGHT, "tonight's facts"),
                finding("F-new", TONIGHT, "new facts"),
                finding("F-back-again", TONIGHT, "back")), false);
        Dataset<Row> lastNight = findings(List.of(
                previous("F-still-there", "OPEN", FIRST_WEEK),
                previous("F-gone", "NEW", LAST_NIGHT),
                previous("F-back-again", "RESOLVED", FIRST_WEEK),
                previous("F-resolved-before", "RESOLVED", FIRST_WEEK)), true);

        Dataset<Row> tracked = FindingStatusStage.track(tonight, Optional.of(lastNight), TONIGHT);

        assertRowsByKey(tracked, "finding_id", List.of(
                values("finding_id", "F-still-there", "status", "OPEN", "first_seen", FIRST_WEEK, "evidence", "tonight's facts",
                        "run_date", TONIGHT),
                values("finding_id", "F-new", "status", "NEW", "first_seen", TONIGHT),
                values("finding_id", "F-back-again", "status", "NEW", "first_seen", TONIGHT),
                values("finding_id", "F-gone", "status", "RESOLVED", "first_seen", LAST_NIGHT, "run_date", TONIGHT,
                        "evidence", "last night's facts about F-gone")));
    }

    @Test
    void aRunFromBeforeClustersResolvesItsFindingsWithoutACluster() {
        Dataset<Row> tonight = findings(List.of(finding("F-clustered", TONIGHT, "e")), false)
                .withColumn("cluster_id", functions.lit("C0123456789"));
        Dataset<Row> lastNight = findings(List.of(previous("F-gone", "OPEN", FIRST_WEEK)), true).drop("cluster_id");

        Dataset<Row> tracked = FindingStatusStage.track(tonight, Optional.of(lastNight), TONIGHT);

        assertRowsByKey(tracked, "finding_id", List.of(
                values("finding_id", "F-clustered", "status", "NEW", "cluster_id", "C0123456789"),
                values("finding_id", "F-gone", "status", "RESOLVED", "cluster_id", null)));
    }
}
