package cn.certsift.jobs.matching;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.io.SparkDates;

import java.util.List;

import org.apache.spark.sql.Row;

/** Reads the rows of {@link RosterCaseStage} into the domain's {@link RosterCase}: the thin bridge to the pure rules. */
final class CaseRows {

    private CaseRows() {
    }

    static RosterCase toCase(Row row) {
        RosterEntry entry = new RosterEntry(row.getAs("employer_uscc"), isTrue(row, "employer_uscc_valid"),
                row.getAs("employer_name"), row.getAs("district"), row.getAs("name"), row.getAs("id_no"),
                isTrue(row, "id_no_valid"), row.getAs("post"), row.getAs("cert_no"), row.getAs("cert_category"),
                SparkDates.of(row.getAs("left_on")));
        return new RosterCase(entry, certificates(row, "recorded"), certificates(row, "held"),
                ((Number) row.getAs("persons_sharing")).intValue(), strings(row, "sharing_employers"),
                ((Number) row.getAs("employers_of_person")).intValue(), strings(row, "employer_names_of_person"));
    }

    private static List<RegistryCertificate> certificates(Row row, String field) {
        List<Row> rows = row.isNullAt(row.fieldIndex(field)) ? List.of() : row.getList(row.fieldIndex(field));
        return rows.stream().map(CaseRows::certificate).toList();
    }

    private static RegistryCertificate certificate(Row r) {
        return new RegistryCertificate(Department.valueOf(r.getAs("department")), r.getAs("cert_no"), r.getAs("name"),
                r.getAs("id_no"), r.getAs("cert_kind"), r.getAs("category"), r.getAs("operation"),
                SparkDates.of(r.getAs("valid_from")), SparkDates.of(r.getAs("valid_to")), SparkDates.of(r.getAs("review_due")),
                SparkDates.of(r.getAs("reviewed_on")), r.getAs("status"), r.getAs("training_org_code"), r.getAs("training_org"));
    }

    private static List<String> strings(Row row, String field) {
        return row.isNullAt(row.fieldIndex(field)) ? List.of() : row.getList(row.fieldIndex(field));
    }

    private static boolean isTrue(Row row, String field) {
        Boolean value = row.getAs(field);
        return value == null || value;
    }
}
