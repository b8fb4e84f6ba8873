package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import cn.certsift.jobs.ingest.StagingColumns;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the registry rows each current roster row reaches, by equi-joins (no cross join, no per-row
 * lookup): the rows under its recorded certificate number, any department, and the rows under its ID
 * number — also the typo candidates, blocked on the person. One row per roster row and registry row:
 * {@value #ROSTER_ROW} (the roster row's id), {@value #BY_NUMBER} (true: reached by the number, false: by
 * the ID number), then the columns of {@link RegistryCertificates#COLUMNS}.
 * <p>
 * The roster's keys are broadcast when the roster is small enough (a province's is), so the registry is
 * never shuffled: each registry row probes the keys with its number and with its holder's ID, and only
 * the rows that reach a roster row travel on. A registry row under both the row's number and its ID (the
 * worker's own certificate, the common case) is kept once, as reached by the number:
 * {@link CaseRows} counts it among the person's certificates too.
 */
public final class RegistryFacts {

    /** The roster row's id, named as in the roster: the two sides of a case are grouped by it. */
    public static final String ROSTER_ROW = StagingColumns.ROW_ID;
    public static final String BY_NUMBER = "by_number";

    private RegistryFacts() {
    }

    public static Dataset<Row> of(Dataset<Row> currentRoster, Dataset<Row> certificates, boolean broadcastRosterKeys) {
        Dataset<Row> numbers = currentRoster.filter(col("cert_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), col("cert_no").as("k_cert_no"));
        Dataset<Row> persons = currentRoster.filter(col("id_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), col("id_no").as("k_id_no"), col("cert_no").as("k_cert_no"));
        Dataset<Row> byNumber = certificates.join(broadcastRosterKeys ? broadcast(numbers) : numbers,
                col("cert_no").equalTo(col("k_cert_no")));
        Dataset<Row> byPerson = certificates.join(broadcastRosterKeys ? broadcast(persons) : persons,
                col("id_no").equalTo(col("k_id_no")).and(not(coalesce(col("cert_no").equalTo(col("k_cert_no")), lit(false)))));
        return byNumber.select(columns(true)).unionByName(byPerson.select(columns(false)));
    }

    private static Column[] columns(boolean byNumber) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("k_row").as(ROSTER_ROW));
        columns.add(lit(byNumber).as(BY_NUMBER));
        RegistryCertificates.COLUMNS.forEach(name -> columns.add(col(name)));
        return columns.toArray(Column[]::new);
    }
}
