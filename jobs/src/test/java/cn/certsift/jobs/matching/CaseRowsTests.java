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
 * The registry rows of a case group arrive as candidates found by 64-bit hashes ({@link RegistryFacts}):
 * each case keeps the rows under its roster row's own number and ID number, whichever way they came.
 */
@ExtendWith(SparkExtension.class)
class CaseRowsTests {

    private static final String WANG = "11010519491231002X";
    private static final String LI = "440703198503051236";
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
        rosterSchema = RegistryFacts.withCaseGroup(roster).schema();
        factSchema = RegistryFacts.of(roster, RegistryCertificates.departments(StagedRows.of(spark, SourceKind.REGISTRY_MEM),
                StagedRows.of(spark, SourceKind.REGISTRY_MOHURD), StagedRows.of(spark, SourceKind.REGISTRY_SAMR)), true).schema();
    }

    private List<RosterCase> cases(List<Row> roster, Row... facts) {
        return new CaseRows(rosterSchema, factSchema).toCases(roster, List.of(facts), 5);
    }

    private RosterCase caseOf(Row... facts) {
        List<RosterCase> cases = cases(List.of(rosterRow(1, "腾达建筑", WANG, NUMBER)), facts);
        assertEquals(1, cases.size());
        return cases.get(0);
    }

    private Row rosterRow(long rowId, String employer, String idNo, String certNo) {
        return row(rosterSchema, values("row_id", rowId, "employer_uscc", employer + "码", "employer_name", employer, "id_no", idNo,
                "cert_no", certNo));
    }

    private Row fact(Long rosterRow, String certNo, String idNo) {
        return row(factSchema, values(RegistryFacts.BY_NUMBER, rosterRow == null, RegistryFacts.ROSTER_ROW, rosterRow,
                "department", "MEM", "cert_no", certNo, "id_no", idNo));
    }

    private static Row row(StructType schema, Map<String, Object> values) {
        return RowFactory.create(Arrays.stream(schema.fieldNames()).map(values::get).toArray());
    }

    private static List<String> numbers(List<RegistryCertificate> certificates) {
        return certificates.stream().map(RegistryCertificate::certNo).toList();
    }

    @Test
    void theWorkersOwnCertificateIsRecordedAndHeld() {
        RosterCase rosterCase = caseOf(fact(null, NUMBER, WANG), fact(1L, "粤B042019000123", WANG));
        assertEquals(List.of(NUMBER), numbers(rosterCase.recorded()));
        assertEquals(List.of(NUMBER, "粤B042019000123"), numbers(rosterCase.held()));
    }

    @Test
    void aRowUnderANumberThatOnlyHashesLikeTheWorkersIsNotRecordedButHeldWhenItIsTheWorkers() {
        RosterCase rosterCase = caseOf(fact(null, "粤B042019000123", WANG), fact(null, "T" + LI, LI));
        assertEquals(List.of(), numbers(rosterCase.recorded()));
        assertEquals(List.of("粤B042019000123"), numbers(rosterCase.held()));
    }

    @Test
    void aRowUnderAnIdNumberThatOnlyHashesLikeTheWorkersIsLeftOut() {
        RosterCase rosterCase = caseOf(fact(1L, "T" + LI, LI));
        assertEquals(List.of(), numbers(rosterCase.held()));
        assertEquals(List.of(), numbers(rosterCase.recorded()));
    }

    @Test
    void theRowsOfOneNumberShareItsRegistryRowsEachKeepsItsOwnCertificatesAndTheyAreCountedTogether() {
        List<RosterCase> cases = cases(List.of(rosterRow(1, "腾达建筑", WANG, NUMBER), rosterRow(2, "华强电气", LI, NUMBER)),
                fact(null, NUMBER, WANG), fact(1L, "粤B042019000123", WANG), fact(2L, "T" + LI, LI));

        assertEquals(List.of(NUMBER), numbers(cases.get(0).recorded()));
        assertEquals(List.of(NUMBER, "粤B042019000123"), numbers(cases.get(0).held()));
        assertEquals(List.of(NUMBER), numbers(cases.get(1).recorded()));
        assertEquals(List.of("T" + LI), numbers(cases.get(1).held()));
        assertEquals(2, cases.get(1).personsSharingNumber());
        assertEquals(List.of("华强电气", "腾达建筑"), cases.get(1).sharingEmployers());
        assertEquals(List.of("华强电气"), cases.get(1).employerNamesOfPerson());
    }

    @Test
    void aRowWithoutNumberWhoseRowIdMeetsANumbersHashTakesOnlyTheRowsItsIdNumberReached() {
        List<RosterCase> cases = cases(List.of(rosterRow(1, "腾达建筑", WANG, NUMBER), rosterRow(2, "华强电气", WANG, null)),
                fact(null, NUMBER, WANG), fact(2L, NUMBER, WANG));

        assertEquals(List.of(NUMBER), numbers(cases.get(1).held()));
        assertEquals(List.of(), numbers(cases.get(1).recorded()));
        assertEquals(0, cases.get(1).personsSharingNumber());
        assertEquals(1, cases.get(0).personsSharingNumber());
    }
}
