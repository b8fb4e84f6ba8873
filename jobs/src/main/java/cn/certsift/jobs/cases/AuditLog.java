package cn.certsift.jobs.cases;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit log table: every export of personal data to inspectors and every feedback import. */
@Repository
public class AuditLog {

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AuditEntry entry) {
        jdbc.update("INSERT INTO audit_log (happened_at, os_user, action, file, district, row_count, detail, reference)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.from(entry.happenedAt()), entry.osUser(),
                entry.action().name(), entry.file(), entry.district(), entry.rows(), entry.detail(), entry.reference());
    }

    /** Records the entry unless one for the same reference and file exists: a restarted step logs its export once. */
    public void recordOnce(AuditEntry entry) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE reference = ? AND file = ?",
                Integer.class, entry.reference(), entry.file());
        if (existing == null || existing == 0) {
            record(entry);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.query("SELECT * FROM audit_log ORDER BY id DESC", rs -> {
            List<AuditEntry> entries = new ArrayList<>();
            while (rs.next() && entries.size() < limit) {
                entries.add(new AuditEntry(rs.getTimestamp("happened_at").toInstant(), rs.getString("os_user"),
                        AuditEntry.Action.valueOf(rs.getString("action")), rs.getString("file"), rs.getString("district"),
                        rs.getInt("row_count"), rs.getString("detail"), rs.getString("reference")));
            }
            return entries;
        });
    }
}
