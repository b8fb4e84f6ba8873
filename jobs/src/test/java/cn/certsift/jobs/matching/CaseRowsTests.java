package cn.certsift.jobs.matching;

import static cn.certsift.jobs.spark.Values.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry rows of a case arrive as candidates found by 64-bit hashes ({@link RegistryFacts}): the
 * case keeps the rows under the roster row's own number and ID number, whichever way they came.
 */
@ExtendWith(SparkExtension.class)
class CaseRowsTests {

    private static final String WANG = "11010519491231002X";
    private static final String NUMBER = "T" + WANG;

    private final SparkSession spark;
    private StructType rosterSchema;
    private StructType factSchema;

    CaseRowsTests(SparkSession spark) {
        this.spark = spark;
    }

    @BeforeEach
    void schemas() {
        Dataset<Row> roster = StagedRows.of(spark, SourceKind.ROSTER, values("id_no", WANG, "cert_no", NUMBER));
        rosterSchema = RosterCounts.of(roster).schema();
        factSchema = RegistryFacts.of(roster, RegistryCertificates.departments(StagedRows.of(spark, SourceKind.REGISTRY_MEM),
                StagedRows.of(spark, SourceKind.REGISTRY_MOHURD), StagedRows.of(spark, SourceKind.REGISTRY_SAMR)), true).schema();
    }

    private RosterCase caseOf(Row... facts) {
        Row roster = row(rosterSchema, values("id_no", WANG, "cert_no", NUMBER, "persons_sharing", 1L, "employers_of_person", 1L));
        return new CaseRows(rosterSchema, factSchema).toCase(roster, List.of(facts).iterator());
    }

    private Row fact(boolean byNumber, String certNo, String idNo) {
        return row(factSchema, values(RegistryFacts.BY_NUMBER, byNumber, "department", "MEM", "cert_no", certNo, "id_no", idNo));
    }

    private static Row row(StructType schema, Map<String, Object> values) {
        return RowFactory.create(Arrays.stream(schema.fieldNames()).map(values::get).toArray());
    }

    private static List<String> numbers(List<RegistryCertificate> certificates) {
        return certificates.stream().map(RegistryCertificate::certNo).toList();
    }

    @Test
    void theWorkersOwnCertificateIsRecordedAndHeld() {
        RosterCase rosterCase = caseOf(fact(true, NUMBER, WANG), fact(false, "粤B042019000123", WANG));
        assertEquals(List.of(NUMBER), numbers(rosterCase.recorded()));
        assertEquals(List.of(NUMBER, "粤B042019000123"), numbers(rosterCase.held()));
    }

    @Test
    void aRowReachedByANumberThatOnlyHashesLikeTheWorkersIsNotRecordedButHeldWhenItIsTheWorkers() {
        RosterCase rosterCase = caseOf(fact(true, "粤B042019000123", WANG), fact(true, "T440703198503051236", "440703198503051236"));
        assertEquals(List.of(), numbers(rosterCase.recorded()));
        assertEquals(List.of("粤B042019000123"), numbers(rosterCase.held()));
    }

    @Test
    void aRowReachedByAnIdNumberThatOnlyHashesLikeTheWorkersIsLeftOut() {
        RosterCase rosterCase = caseOf(fact(false, "T440703198503051236", "440703198503051236"));
        assertEquals(List.of(), numbers(rosterCase.held()));
        assertEquals(List.of(), numbers(rosterCase.recorded()));
    }
}
