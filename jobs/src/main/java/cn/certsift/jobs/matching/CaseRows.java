package cn.certsift.jobs.matching;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.io.SparkDates;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the rows of {@link RosterCaseStage} into the domain's {@link RosterCase}: the thin bridge to the
 * pure rules. Field positions are looked up once per schema, not by name on every row.
 */
final class CaseRows {

    private final int employerUscc;
    private final int employerUsccValid;
    private final int employerName;
    private final int district;
    private final int name;
    private final int idNo;
    private final int idNoValid;
    private final int post;
    private final int certNo;
    private final int certCategory;
    private final int leftOn;
    private final int recorded;
    private final int held;
    private final int personsSharing;
    private final int sharingEmployers;
    private final int employersOfPerson;
    private final int employerNamesOfPerson;
    private final int[] certificate;

    CaseRows(StructType schema) {
        employerUscc = schema.fieldIndex("employer_uscc");
        employerUsccValid = schema.fieldIndex("employer_uscc_valid");
        employerName = schema.fieldIndex("employer_name");
        district = schema.fieldIndex("district");
        name = schema.fieldIndex("name");
        idNo = schema.fieldIndex("id_no");
        idNoValid = schema.fieldIndex("id_no_valid");
        post = schema.fieldIndex("post");
        certNo = schema.fieldIndex("cert_no");
        certCategory = schema.fieldIndex("cert_category");
        leftOn = schema.fieldIndex("left_on");
        recorded = schema.fieldIndex("recorded");
        held = schema.fieldIndex("held");
        personsSharing = schema.fieldIndex("persons_sharing");
        sharingEmployers = schema.fieldIndex("sharing_employers");
        employersOfPerson = schema.fieldIndex("employers_of_person");
        employerNamesOfPerson = schema.fieldIndex("employer_names_of_person");
        StructType certificateSchema = (StructType) ((ArrayType) schema.fields()[recorded].dataType()).elementType();
        certificate = RegistryCertificates.COLUMNS.stream().mapToInt(certificateSchema::fieldIndex).toArray();
    }

    RosterCase toCase(Row row) {
        RosterEntry entry = new RosterEntry(row.getString(employerUscc), isTrue(row, employerUsccValid),
                row.getString(employerName), row.getString(district), row.getString(name), row.getString(idNo),
                isTrue(row, idNoValid), row.getString(post), row.getString(certNo), row.getString(certCategory),
                SparkDates.of(row.get(leftOn)));
        return new RosterCase(entry, certificates(row, recorded), certificates(row, held),
                (int) row.getLong(personsSharing), strings(row, sharingEmployers),
                (int) row.getLong(employersOfPerson), strings(row, employerNamesOfPerson));
    }

    private List<RegistryCertificate> certificates(Row row, int field) {
        if (row.isNullAt(field)) {
            return List.of();
        }
        List<Row> rows = row.getList(field);
        List<RegistryCertificate> certificates = new ArrayList<>(rows.size());
        for (Row r : rows) {
            certificates.add(certificate(r));
        }
        return certificates;
    }

    /** The struct's fields in the order of {@link RegistryCertificates#COLUMNS}. */
    private RegistryCertificate certificate(Row r) {
        int[] c = certificate;
        return new RegistryCertificate(Department.valueOf(r.getString(c[0])), r.getString(c[1]), r.getString(c[2]),
                r.getString(c[3]), r.getString(c[4]), r.getString(c[5]), r.getString(c[6]), SparkDates.of(r.get(c[7])),
                SparkDates.of(r.get(c[8])), SparkDates.of(r.get(c[9])), SparkDates.of(r.get(c[10])), r.getString(c[11]), r.getString(c[12]),
                r.getString(c[13]));
    }

    private static List<String> strings(Row row, int field) {
        return row.isNullAt(field) ? List.of() : row.getList(field);
    }

    private static boolean isTrue(Row row, int field) {
        return row.isNullAt(field) || row.getBoolean(field);
    }
}
