package cn.certsift.jobs.cases;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cases and verifications tables (db/migration). Plain SQL that H2 and PostgreSQL both run: upserts
 * are a look-up followed by batched inserts and updates, never a dialect's MERGE.
 */
@Repository
public class CaseStore {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    private static final String LATEST_VERIFICATION = "SELECT v.* FROM verifications v"
            + " JOIN (SELECT finding_id, MAX(id) AS id FROM verifications GROUP BY finding_id) latest ON latest.id = v.id";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public CaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The latest run date applied to each of these cases that exist. */
    Map<String, LocalDate> lastRunDates(List<String> findingIds) {
        Map<String, LocalDate> found = new HashMap<>();
        named.query("SELECT finding_id, last_run_date FROM cases WHERE finding_id IN (:ids)",
                new MapSqlParameterSource("ids", findingIds),
                rs -> {
                    found.put(rs.getString(1), rs.getDate(2).toLocalDate());
                });
        return found;
    }

    void insert(List<RecordedFinding> findings, LocalDate runDate, List<Boolean> exported) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            RecordedFinding f = findings.get(i);
            Date exportDate = exported.get(i) ? Date.valueOf(runDate) : null;
            rows.add(new Object[] {f.findingId(), f.code(), f.severity(), f.district(), f.employerUscc(), f.employerName(),
                    f.industry(), f.name(), f.idNo(), f.post(), f.certNo(), f.matchedDepartment(), f.matchedCertNo(),
                    f.evidence(), f.factsHash(), f.resolved() ? CLOSED : OPEN, Date.valueOf(f.firstSeen()),
                    Date.valueOf(f.resolved() ? f.firstSeen() : runDate), f.resolved() ? Date.valueOf(runDate) : null,
                    Date.valueOf(runDate), exportDate, exportDate});
        }
        jdbc.batchUpdate("INSERT INTO cases (finding_id, finding_code, severity, district, employer_uscc, employer_name,"
                + " industry, person_name, id_no, post, cert_no, matched_department, matched_cert_no, evidence, facts_hash,"
                + " state, first_seen, last_seen, closed_on, last_run_date, first_exported, last_exported)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Tonight's facts of open findings; a case closed earlier and found again is open again. */
    void updateOpen(List<RecordedFinding> findings, LocalDate runDate, List<Boolean> exported) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            RecordedFinding f = findings.get(i);
            Date run = Date.valueOf(runDate);
            Date exportDate = exported.get(i) ? run : null;
            rows.add(new Object[] {f.code(), f.severity(), f.district(), f.employerUscc(), f.employerName(), f.industry(),
                    f.name(), f.idNo(), f.post(), f.certNo(), f.matchedDepartment(), f.matchedCertNo(), f.evidence(),
                    f.factsHash(), Date.valueOf(f.firstSeen()), run, run, exportDate, exportDate, f.findingId(), run});
        }
        jdbc.batchUpdate("UPDATE cases SET finding_code = ?, severity = ?, district = ?, employer_uscc = ?, employer_name = ?,"
                + " industry = COALESCE(?, industry), person_name = ?, id_no = ?, post = ?, cert_no = ?, matched_department = ?,"
                + " matched_cert_no = ?, evidence = ?, facts_hash = ?, state = 'OPEN', first_seen = ?, last_seen = ?,"
                + " closed_on = NULL, last_run_date = ?, first_exported = COALESCE(first_exported, ?),"
                + " last_exported = COALESCE(?, last_exported) WHERE finding_id = ? AND last_run_date <= ?", rows);
    }

    /** Resolved findings close their case on the run date; a case closed already keeps its closing date. */
    void updateResolved(List<RecordedFinding> findings, LocalDate runDate) {
        Date run = Date.valueOf(runDate);
        jdbc.batchUpdate("UPDATE cases SET closed_on = CASE WHEN state = 'CLOSED' THEN closed_on ELSE ? END,"
                        + " state = 'CLOSED', last_run_date = ? WHERE finding_id = ? AND last_run_date <= ?",
                findings.stream().map(f -> new Object[] {run, run, f.findingId(), run}).toList());
    }

    /** The latest verification of every verified case, by finding id. */
    public Map<String, StoredVerification> latestVerifications() {
        Map<String, StoredVerification> latest = new HashMap<>();
        jdbc.query(LATEST_VERIFICATION, rs -> {
            latest.put(rs.getString("finding_id"), new StoredVerification(verification(rs), rs.getString("facts_hash")));
        });
        return latest;
    }

    /** What feedback checks a row against: the case's export date and facts, and its latest verification. */
    public Map<String, FeedbackTarget> feedbackTargets(List<String> findingIds) {
        Map<String, FeedbackTarget> targets = new HashMap<>();
        if (findingIds.isEmpty()) {
            return targets;
        }
        for (int from = 0; from < findingIds.size(); from += CaseRecorder.BATCH) {
            List<String> ids = findingIds.subList(from, Math.min(findingIds.size(), from + CaseRecorder.BATCH));
            named.query("SELECT finding_id, district, facts_hash, COALESCE(first_exported, first_seen) AS exported"
                            + " FROM cases WHERE finding_id IN (:ids)", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        targets.put(rs.getString(1), new FeedbackTarget(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getDate(4).toLocalDate(), null));
                    });
            named.query(LATEST_VERIFICATION + " WHERE v.finding_id IN (:ids)", new MapSqlParameterSource("ids", ids), rs -> {
                Verification latest = verification(rs);
                targets.computeIfPresent(rs.getString("finding_id"), (id, target) -> target.withLatest(latest));
            });
        }
        return targets;
    }

    public void addVerification(String findingId, Verification verification, String factsHash, String sourceFile, String user) {
        jdbc.update("INSERT INTO verifications (finding_id, result, measure, fine_yuan, inspector, verified_on, remarks,"
                        + " facts_hash, source_file, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                findingId, verification.result().name(), verification.measure(), verification.fineYuan(),
                verification.inspector(), Date.valueOf(verification.verifiedOn()), verification.remarks(), factsHash,
                sourceFile, Timestamp.from(Instant.now()), user);
    }

    /** Every case with its latest verification, for the reports. */
    public List<CaseRecord> history() {
        Map<String, Verification> latest = new HashMap<>();
        jdbc.query(LATEST_VERIFICATION, rs -> {
            latest.put(rs.getString("finding_id"), verification(rs));
        });
        return jdbc.query("SELECT * FROM cases ORDER BY finding_id", (rs, n) -> new CaseRecord(rs.getString("finding_id"),
                rs.getString("finding_code"), rs.getString("severity"), rs.getString("district"), rs.getString("employer_uscc"),
                rs.getString("employer_name"), rs.getString("industry"), rs.getString("person_name"), rs.getString("id_no"),
                rs.getString("post"), rs.getString("cert_no"), date(rs, "first_seen"), date(rs, "closed_on"),
                date(rs, "first_exported"), latest.get(rs.getString("finding_id"))));
    }

    private static Verification verification(ResultSet rs) throws SQLException {
        BigDecimal fine = rs.getBigDecimal("fine_yuan");
        return new Verification(VerificationResult.valueOf(rs.getString("result")), rs.getString("measure"), fine,
                rs.getString("inspector"), rs.getDate("verified_on").toLocalDate(), rs.getString("remarks"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate).orElse(null);
    }
}
