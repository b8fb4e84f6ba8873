package cn.certsift.jobs.matching;

import cn.certsift.common.cert.RegistryCertificate;
import cn.certsift.common.roster.NumberSharing;
import cn.certsift.common.roster.RosterCase;
import cn.certsift.common.roster.RosterEntry;
import cn.certsift.common.source.Department;
import cn.certsift.jobs.ingest.StagingColumns;
import cn.certsift.jobs.io.SparkDates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the roster rows and registry rows of a case group ({@link RegistryFacts}) into the domain's
 * {@link RosterCase}s: the thin bridge to the pure rules. Field positions are looked up once per schema,
 * not by name on every row.
 */
final class CaseRows {

    private final int rowId;
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
    private final int[] certificate;
    private final int byNumber;
    private final int rosterRow;

    CaseRows(StructType schema, StructType factSchema) {
        rowId = schema.fieldIndex(StagingColumns.ROW_ID);
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
        certificate = RegistryCertificates.COLUMNS.stream().mapToInt(factSchema::fieldIndex).toArray();
        byNumber = factSchema.fieldIndex(RegistryFacts.BY_NUMBER);
        rosterRow = factSchema.fieldIndex(RegistryFacts.ROSTER_ROW);
    }

    /**
     * The cases of one group: its roster rows, with what the group's rows say about their numbers
     * ({@link NumberSharing}), and the registry rows each one reaches.
     *
     * @param facts the group's registry rows, candidates found by hashes: a row under the roster row's
     *              number is recorded, a row under its ID number is held (the worker's own certificate is
     *              both); any other is a hash's false match and left out
     */
    List<RosterCase> toCases(List<Row> rosterRows, List<Row> facts, int employersListed) {
        List<RosterEntry> entries = rosterRows.stream().map(this::entry).toList();
        List<NumberSharing.Counts> counts = NumberSharing.of(entries, employersListed);
        List<RegistryCertificate> underNumber = new ArrayList<>();
        Map<Long, List<RegistryCertificate>> underPerson = new HashMap<>();
        for (Row fact : facts) {
            if (fact.getBoolean(byNumber)) {
                underNumber.add(certificate(fact));
            } else {
                underPerson.computeIfAbsent(fact.getLong(rosterRow), row -> new ArrayList<>()).add(certificate(fact));
            }
        }
        List<RosterCase> cases = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            RosterEntry entry = entries.get(i);
            List<RegistryCertificate> recorded = new ArrayList<>();
            List<RegistryCertificate> held = new ArrayList<>();
            for (RegistryCertificate certificate : underNumber) {
                if (certificate.certNo().equals(entry.certNo())) {
                    recorded.add(certificate);
                }
                // Under a number that hashes like the row's own: left out of those its ID number reached.
                if (entry.hasCertificateNumber() && isHolder(entry, certificate)) {
                    held.add(certificate);
                }
            }
            for (RegistryCertificate certificate : underPerson.getOrDefault(rosterRows.get(i).getLong(rowId), List.of())) {
                if (isHolder(entry, certificate)) {
                    held.add(certificate);
                }
            }
            NumberSharing.Counts sharing = counts.get(i);
            cases.add(new RosterCase(entry, recorded, held, sharing.persons(), sharing.employers(), sharing.employersOfPerson(),
                    sharing.employerNamesOfPerson()));
        }
        return cases;
    }

    private static boolean isHolder(RosterEntry entry, RegistryCertificate certificate) {
        return entry.idNo() != null && entry.idNo().equals(certificate.idNo());
    }

    private RosterEntry entry(Row row) {
        return new RosterEntry(row.getString(employerUscc), isTrue(row, employerUsccValid), row.getString(employerName),
                row.getString(district), row.getString(name), row.getString(idNo), isTrue(row, idNoValid), row.getString(post),
                row.getString(certNo), row.getString(certCategory), SparkDates.of(row.get(leftOn)));
    }

    /** The fact's certificate columns, in the order of {@link RegistryCertificates#COLUMNS}. */
    private RegistryCertificate certificate(Row r) {
        int[] c = certificate;
        return new RegistryCertificate(Department.valueOf(r.getString(c[0])), r.getString(c[1]), r.getString(c[2]),
                r.getString(c[3]), r.getString(c[4]), r.getString(c[5]), r.getString(c[6]), SparkDates.of(r.get(c[7])),
                SparkDates.of(r.get(c[8])), SparkDates.of(r.get(c[9])), SparkDates.of(r.get(c[10])), r.getString(c[11]), r.getString(c[12]),
                r.getString(c[13]));
    }

    private static boolean isTrue(Row row, int field) {
        return row.isNullAt(field) || row.getBoolean(field);
    }
}
