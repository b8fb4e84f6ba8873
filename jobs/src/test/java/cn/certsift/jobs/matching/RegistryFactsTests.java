package cn.certsift.jobs.matching;

import static cn.certsift.jobs.spark.DatasetAssertions.assertColumnValues;
import static cn.certsift.jobs.spark.Values.values;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.UnionExec;
import org.apache.spark.sql.execution.joins.BroadcastHashJoinExec;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import scala.jdk.javaapi.CollectionConverters;

@ExtendWith(SparkExtension.class)
class RegistryFactsTests {

    private static final String WANG = "11010519491231002X";
    private static final String LI = "440703198503051236";

    private final SparkSession spark;

    RegistryFactsTests(SparkSession spark) {
        this.spark = spark;
    }

    private static Map<String, Object> certificate(String certNo, String idNo) {
        return values("cert_no", certNo, "name", "王伟", "id_no", idNo, "category", "电工作业");
    }

    private static Map<String, Object> rosterRow(long rowId, String idNo, String certNo) {
        return values("row_id", rowId, "employer_uscc", "9144030071526726XG", "name", "王伟", "id_no", idNo, "post", "电工",
                "cert_no", certNo);
    }

    private List<Dataset<Row>> registries() {
        return RegistryCertificates.departments(
                StagedRows.of(spark, SourceKind.REGISTRY_MEM, certificate("T" + WANG, WANG), certificate("T" + LI, LI)),
                StagedRows.of(spark, SourceKind.REGISTRY_MOHURD, certificate("粤B042019000123", WANG)),
                StagedRows.of(spark, SourceKind.REGISTRY_SAMR, certificate("T" + WANG, WANG)));
    }

    /** One line per fact: the roster row whose ID number reached it ("number" when a number did), department, number. */
    private Dataset<Row> facts(Dataset<Row> roster, boolean broadcast) {
        Dataset<Row> facts = RegistryFacts.of(roster, registries(), broadcast);
        return facts.select(concat_ws("|", coalesce(col(RegistryFacts.ROSTER_ROW).cast("string"), lit("number")),
                col("department"), col("cert_no")).as("fact"));
    }

    @Test
    void theWorkersOwnCertificateIsReachedOnceByItsNumberAndTheOthersByTheirHolder() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, WANG, "T" + WANG));
        assertColumnValues(facts(roster, true), "fact",
                List.of("number|MEM|T" + WANG, "number|SAMR|T" + WANG, "7|MOHURD|粤B042019000123"));
    }

    @Test
    void aNumberOfSomeoneElseIsReachedByTheNumberOnlyAndARowWithoutNumberByItsHolder() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, WANG, "T" + LI), rosterRow(8, LI, null));
        assertColumnValues(facts(roster, true), "fact", List.of("number|MEM|T" + LI, "7|MEM|T" + WANG,
                "7|MOHURD|粤B042019000123", "7|SAMR|T" + WANG, "8|MEM|T" + LI));
    }

    @Test
    void numbersAndIdNumbersNoRegistryHasReachNothing() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, "110105198001011234", "T110105198001011234"),
                rosterRow(8, null, null));
        assertEquals(0, facts(roster, true).count());
    }

    @Test
    void aNumberSeveralRowsRecordBringsItsRegistryRowsOnceIntoTheGroupOfThoseRows() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, WANG, "T" + LI), rosterRow(8, LI, "T" + LI),
                rosterRow(9, WANG, null));
        Dataset<Row> facts = RegistryFacts.of(roster, registries(), true);
        Dataset<Row> groups = RegistryFacts.withCaseGroup(roster);
        Column sameGroup = facts.col(RegistryFacts.CASE_GROUP).equalTo(groups.col(RegistryFacts.CASE_GROUP));
        Dataset<Row> byNumber = facts.filter(col(RegistryFacts.BY_NUMBER));
        Dataset<Row> byPerson = facts.filter(not(col(RegistryFacts.BY_NUMBER)));

        assertEquals(1, byNumber.count(), "MEM's T" + LI + " once");
        assertColumnValues(byNumber.join(groups, sameGroup), "row_id", List.of(7L, 8L));
        assertEquals(byPerson.count(), byPerson.join(groups, sameGroup.and(col(RegistryFacts.ROSTER_ROW).equalTo(col("row_id"))))
                .count(), "each row reached by an ID number is in the group of that roster row");
        assertColumnValues(byPerson.select(RegistryFacts.ROSTER_ROW).distinct(), RegistryFacts.ROSTER_ROW, List.of(7L, 9L));
    }

    @Test
    void broadcastAndShuffledKeysReachTheSameRows() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, WANG, "T" + LI), rosterRow(8, LI, "T" + LI),
                rosterRow(9, WANG, "粤B042019000123"));
        List<String> broadcast = facts(roster, true).as(Encoders.STRING()).collectAsList();
        List<String> shuffled = facts(roster, false).as(Encoders.STRING()).collectAsList();
        assertEquals(broadcast.stream().sorted().toList(), shuffled.stream().sorted().toList());
        assertEquals(7, broadcast.size());
    }

    @Test
    void eachRegistryIsScannedStraightIntoJoinsOnOneLongKey() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, rosterRow(7, WANG, "T" + WANG));
        List<BroadcastHashJoinExec> joins = new ArrayList<>();
        collectJoins(RegistryFacts.of(roster, registries(), true).queryExecution().sparkPlan(), joins);

        assertEquals(6, joins.size(), "by number and by person, for each of three registries");
        for (BroadcastHashJoinExec join : joins) {
            assertEquals(1, join.leftKeys().size(), join.toString());
            assertEquals(DataTypes.LongType, join.leftKeys().head().dataType(), join.toString());
            assertFalse(containsUnion(join.left()), "the registry side of a join is one registry: " + join.left());
        }
    }

    private static void collectJoins(SparkPlan plan, List<BroadcastHashJoinExec> joins) {
        if (plan instanceof BroadcastHashJoinExec join) {
            joins.add(join);
        }
        CollectionConverters.asJava(plan.children()).forEach(child -> collectJoins(child, joins));
    }

    private static boolean containsUnion(SparkPlan plan) {
        return plan instanceof UnionExec || CollectionConverters.asJava(plan.children()).stream()
                .anyMatch(RegistryFactsTests::containsUnion);
    }
}
