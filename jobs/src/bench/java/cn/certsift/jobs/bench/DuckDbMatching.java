package cn.certsift.jobs.bench;

import cn.certsift.common.text.Normalize;
import cn.certsift.jobs.config.CertSiftProperties;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching of the nightly job written for DuckDB: the same staging Parquet in, the same rules of the
 * data contract, the same finding counts out, so that the benchmark's CertSift / DuckDB ratio compares
 * identical work. One deliberate difference: SQL has no pinyin, so a holder with a mistyped ID is
 * recognised by an exactly equal name only (CertSift also accepts homophones and typing errors).
 */
final class DuckDbMatching {

    record Result(Map<String, Long> findings, long millis) {
    }

    private DuckDbMatching() {
    }

    static Result run(Path staging, LocalDate runDate, List<CertSiftProperties.Post> posts, int threads) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = connection.createStatement()) {
            sql.execute("SET threads TO " + threads);
            loadPostTable(connection, posts);
            for (String statement : statements(staging, runDate)) {
                sql.execute(statement);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT code, count(DISTINCT finding) FROM findings GROUP BY code ORDER BY code")) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return new Result(counts, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** conf/posts.yml as two tables: post aliases, and the labels of the qualifying certificates. */
    private static void loadPostTable(Connection connection, List<CertSiftProperties.Post> posts) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE post_alias(alias VARCHAR, post VARCHAR)");
            sql.execute("CREATE TABLE qualifying(post VARCHAR, department VARCHAR, kind VARCHAR, label VARCHAR)");
        }
        try (PreparedStatement alias = connection.prepareStatement("INSERT INTO post_alias VALUES (?, ?)");
             PreparedStatement qualifying = connection.prepareStatement("INSERT INTO qualifying VALUES (?, ?, ?, ?)")) {
            for (CertSiftProperties.Post post : posts) {
                String name = Normalize.text(post.post());
                insert(alias, Normalize.text(post.post()), name);
                if (post.synonyms() != null) {
                    for (String synonym : post.synonyms()) {
                        insert(alias, Normalize.text(synonym), name);
                    }
                }
                if (post.qualifying() != null) {
                    for (CertSiftProperties.Qualifying q : post.qualifying()) {
                        for (String label : q.categories()) {
                            insert(qualifying, name, q.department() == null ? null : q.department().name(),
                                    Normalize.code(q.kind()), Normalize.code(label));
                        }
                    }
                }
            }
            alias.executeBatch();
            qualifying.executeBatch();
        }
    }

    private static void insert(PreparedStatement statement, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static List<String> statements(Path staging, LocalDate runDate) {
        String run = "DATE '" + runDate + "'";
        String dir = staging.toAbsolutePath().toString().replace("'", "''");
        return List.of(
                """
                CREATE TABLE reg AS
                SELECT department || ':' || row_id AS reg_id, department, cert_no, name, id_no, cert_kind, category, operation,
                       valid_to, review_due, reviewed_on, status,
                       (status IN ('有效', '正常') AND valid_to >= %1$s) AS valid,
                       (valid_to < %1$s OR status = '过期') AS expired,
                       status IN ('注销', '吊销', '撤销') AS revoked
                FROM (SELECT 'MEM' AS department, * FROM read_parquet('%2$s/registry_mem/*.parquet')
                      UNION ALL BY NAME SELECT 'MOHURD' AS department, * FROM read_parquet('%2$s/registry_mohurd/*.parquet')
                      UNION ALL BY NAME SELECT 'SAMR' AS department, * FROM read_parquet('%2$s/registry_samr/*.parquet'))
                """.formatted(run, dir),
                """
                CREATE TABLE reg_post AS
                SELECT DISTINCT l.reg_id, q.post
                FROM (SELECT reg_id, department, upper(cert_kind) AS kind,
                             unnest([upper(category), upper(operation), upper(category) || '(' || upper(operation) || ')']) AS label
                      FROM reg) l
                JOIN qualifying q ON q.label = l.label AND (q.department IS NULL OR q.department = l.department)
                                 AND (q.kind IS NULL OR q.kind = l.kind)
                """,
                """
                CREATE TABLE ros AS
                SELECT r.row_id, r.employer_uscc, r.employer_uscc_valid, r.name, r.id_no, r.id_no_valid, r.post, r.cert_no,
                       r.cert_category, a.post AS canon_post,
                       a.post IS NOT NULL AND a.post IN (SELECT post FROM qualifying) AS needs_cert
                FROM read_parquet('%2$s/roster/*.parquet') r LEFT JOIN post_alias a ON a.alias = r.post
                WHERE r.left_on IS NULL OR r.left_on >= %1$s
                """.formatted(run, dir),
                """
                CREATE TABLE rec AS
                SELECT r.row_id, r.id_no_valid AS roster_id_valid, g.*, g.id_no = r.id_no AS by_id, g.name = r.name AS same_name,
                       rp.post IS NOT NULL AS qualifies, coalesce(g.category = r.cert_category, false) AS employers_category
                FROM ros r JOIN reg g ON g.cert_no = r.cert_no
                LEFT JOIN reg_post rp ON rp.reg_id = g.reg_id AND rp.post = r.canon_post
                """,
                """
                CREATE TABLE holder AS
                SELECT * EXCLUDE (any_by_id) FROM (SELECT *, bool_or(by_id) OVER (PARTITION BY row_id) AS any_by_id FROM rec)
                WHERE by_id OR (NOT any_by_id AND NOT roster_id_valid AND same_name)
                """,
                """
                CREATE TABLE relevant AS
                SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY row_id ORDER BY qualifies DESC, employers_category DESC,
                                      valid DESC, valid_to DESC, department, cert_no, category) AS rank FROM holder)
                WHERE rank = 1
                """,
                """
                CREATE TABLE held AS
                SELECT r.row_id, r.cert_no AS recorded_no, g.cert_no, g.valid, rp.post IS NOT NULL AS qualifies
                FROM ros r JOIN reg g ON g.id_no = r.id_no
                LEFT JOIN reg_post rp ON rp.reg_id = g.reg_id AND rp.post = r.canon_post
                """,
                """
                CREATE TABLE typo AS
                SELECT DISTINCT row_id FROM (
                    SELECT row_id, cert_no AS a, recorded_no AS b,
                           [i FOR i IN range(1, length(cert_no) + 1) IF cert_no[i] <> recorded_no[i]] AS d
                    FROM held
                    WHERE recorded_no IS NOT NULL AND length(cert_no) = length(recorded_no) AND cert_no <> recorded_no
                      AND hamming(cert_no, recorded_no) <= 2)
                WHERE len(d) = 1 OR (len(d) = 2 AND d[2] = d[1] + 1 AND a[d[1]] = b[d[2]] AND a[d[2]] = b[d[1]])
                """,
                """
                CREATE TABLE facts AS
                SELECT r.*,
                       EXISTS (SELECT 1 FROM rec WHERE rec.row_id = r.row_id) AS registered,
                       h.row_id IS NOT NULL AS holder_matches,
                       h.valid AS rel_valid, h.expired AS rel_expired, h.revoked AS rel_revoked, h.qualifies AS rel_qualifies,
                       h.review_due AS rel_review_due, h.reviewed_on AS rel_reviewed_on,
                       t.row_id IS NOT NULL AS has_typo,
                       coalesce(q.valid_qualifying, false) AS holds_valid_qualifying,
                       coalesce(s.persons, 0) AS persons_sharing, coalesce(m.employers, 0) AS employers
                FROM ros r
                LEFT JOIN relevant h ON h.row_id = r.row_id
                LEFT JOIN typo t ON t.row_id = r.row_id
                LEFT JOIN (SELECT row_id, bool_or(valid AND qualifies) AS valid_qualifying
                           FROM (SELECT row_id, valid, qualifies FROM held UNION ALL SELECT row_id, valid, qualifies FROM holder)
                           GROUP BY row_id) q ON q.row_id = r.row_id
                LEFT JOIN (SELECT cert_no, count(DISTINCT id_no) AS persons FROM ros WHERE cert_no IS NOT NULL GROUP BY cert_no) s
                       ON s.cert_no = r.cert_no
                LEFT JOIN (SELECT id_no, cert_no, count(DISTINCT employer_uscc) AS employers FROM ros
                           WHERE cert_no IS NOT NULL GROUP BY id_no, cert_no) m ON m.id_no = r.id_no AND m.cert_no = r.cert_no
                """,
                """
                CREATE TABLE findings AS
                WITH raised AS (
                    SELECT 'CERT_NOT_FOUND' AS code, * FROM facts WHERE cert_no IS NOT NULL AND NOT registered AND NOT has_typo
                    UNION ALL SELECT 'CERT_NO_TYPO', * FROM facts WHERE cert_no IS NOT NULL AND NOT registered AND has_typo
                    UNION ALL SELECT 'HOLDER_MISMATCH', * FROM facts WHERE registered AND NOT holder_matches
                    UNION ALL SELECT 'CERT_REVOKED', * FROM facts WHERE holder_matches AND rel_revoked
                    UNION ALL SELECT 'CERT_EXPIRED', * FROM facts WHERE holder_matches AND rel_expired
                    UNION ALL SELECT 'REVIEW_OVERDUE', * FROM facts WHERE holder_matches AND rel_valid AND rel_review_due < %1$s
                        AND (rel_reviewed_on IS NULL OR rel_reviewed_on < rel_review_due - INTERVAL 365 DAY)
                    UNION ALL SELECT 'NO_CERT', * FROM facts WHERE needs_cert AND cert_no IS NULL AND NOT holds_valid_qualifying
                    UNION ALL SELECT 'CATEGORY_MISMATCH', * FROM facts WHERE needs_cert AND holder_matches AND rel_valid
                        AND NOT rel_qualifies AND NOT holds_valid_qualifying
                    UNION ALL SELECT 'CERT_SHARED', * FROM facts WHERE cert_no IS NOT NULL AND persons_sharing >= 2 AND NOT holder_matches
                    UNION ALL SELECT 'CERT_MULTI_EMPLOYER', * FROM facts WHERE cert_no IS NOT NULL AND employers >= 2
                    UNION ALL SELECT 'INVALID_ID', * FROM facts WHERE NOT id_no_valid OR NOT employer_uscc_valid)
                SELECT code, concat_ws('|', code, employer_uscc, id_no, coalesce(cert_no, ''),
                                       CASE WHEN code IN ('NO_CERT', 'CATEGORY_MISMATCH') THEN coalesce(canon_post, post) END)
                       AS finding
                FROM raised
                """.formatted(run));
    }
}
