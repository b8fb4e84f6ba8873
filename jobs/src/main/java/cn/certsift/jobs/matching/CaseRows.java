package cn.certsift.jobs.matching;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.io.SparkDates;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a roster row of {@link RosterCounts} and the rows of {@link RegistryFacts} it reaches into the
 * domain's {@link RosterCase}: the thin bridge to the pure rules. Field positions are looked up once per
 * schema, not by name on every row.
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
    private final int personsSharing;
    private final int sharingEmployers;
    private final int employersOfPerson;
    private final int employerNamesOfPerson;
    private final int[] certificate;

    private final int byNumber;

    CaseRows(StructType schema, StructType factSchema) {
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
        personsSharing = schema.fieldIndex("persons_sharing");
        sharingEmployers = schema.fieldIndex("sharing_employers");
        employersOfPerson = schema.fieldIndex("employers_of_person");
        employerNamesOfPerson = schema.fieldIndex("employer_names_of_person");
        byNumber = factSchema.fieldIndex(RegistryFacts.BY_NUMBER);
        certificate = RegistryCertificates.COLUMNS.stream().mapToInt(factSchema::fieldIndex).toArray();
    }

    /**
     * @param facts the registry rows the roster row may reach ({@link RegistryFacts}: found by hashes, so
     *              candidates): a row under the roster row's number is recorded, a row under its ID number
     *              is held (the worker's own certificate is both); any other is a hash's false match and
     *              left out
     */
    RosterCase toCase(Row row, Iterator<Row> facts) {
        RosterEntry entry = new RosterEntry(row.getString(employerUscc), isTrue(row, employerUsccValid),
                row.getString(employerName), row.getString(district), row.getString(name), row.getString(idNo),
                isTrue(row, idNoValid), row.getString(post), row.getString(certNo), row.getString(certCategory),
                SparkDates.of(row.get(leftOn)));
        List<RegistryCertificate> recorded = new ArrayList<>();
        List<RegistryCertificate> held = new ArrayList<>();
        while (facts.hasNext()) {
            Row fact = facts.next();
            RegistryCertificate certificate = certificate(fact);
            if (fact.getBoolean(byNumber) && certificate.certNo().equals(entry.certNo())) {
                recorded.add(certificate);
            }
            if (entry.idNo() != null && entry.idNo().equals(certificate.idNo())) {
                held.add(certificate);
            }
        }
        return new RosterCase(entry, recorded, held, (int) row.getLong(personsSharing), strings(row, sharingEmployers),
                (int) row.getLong(employersOfPerson), strings(row, employerNamesOfPerson));
    }

    /** The fact's certificate columns, in the order of {@link RegistryCertificates#COLUMNS}. */
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
