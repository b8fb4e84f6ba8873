package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

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
 * <p>
 * Two choices keep the scan of tens of millions of registry rows cheap. Each department is joined on its
 * own and the results are united, so each join runs inside its scan's generated code and copies only the
 * rows that match. And the roster's keys are the 64-bit hashes of its numbers and ID numbers, which Spark
 * keeps in its map of long keys: small to broadcast, and probed without building a key row per registry
 * row. A hash can stand for two different numbers, so these are candidates: {@link CaseRows} keeps only
 * the rows whose number, or ID number, is the roster row's own. A row left out of the rows reached by the
 * ID number because its number hashes like the roster row's is among those reached by the number, where
 * {@link CaseRows} finds it.
 */
public final class RegistryFacts {

    /** The roster row's id, named as in the roster: the two sides of a case are grouped by it. */
    public static final String ROSTER_ROW = StagingColumns.ROW_ID;
    public static final String BY_NUMBER = "by_number";

    private RegistryFacts() {
    }

    /** @param registries the certificates of each department ({@link RegistryCertificates#departments}) */
    public static Dataset<Row> of(Dataset<Row> currentRoster, List<Dataset<Row>> registries, boolean broadcastRosterKeys) {
        Dataset<Row> numbers = currentRoster.filter(col("cert_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), hashOf("cert_no").as("k_hash"));
        Dataset<Row> persons = currentRoster.filter(col("id_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), hashOf("id_no").as("k_hash"), hashOf("cert_no").as("k_number_hash"));
        Dataset<Row> numberKeys = broadcastRosterKeys ? broadcast(numbers) : numbers;
        Dataset<Row> personKeys = broadcastRosterKeys ? broadcast(persons) : persons;
        return registries.stream().map(certificates -> {
            Dataset<Row> byNumber = certificates.join(numberKeys, hashOf("cert_no").equalTo(col("k_hash")));
            Dataset<Row> byPerson = certificates.join(personKeys, hashOf("id_no").equalTo(col("k_hash"))
                    .and(not(coalesce(hashOf("cert_no").equalTo(col("k_number_hash")), lit(false)))));
            return byNumber.select(columns(true)).unionByName(byPerson.select(columns(false)));
        }).reduce(Dataset::unionByName).orElseThrow();
    }

    /** The 64-bit hash of a text column, null when the text is. */
    private static Column hashOf(String column) {
        return when(col(column).isNotNull(), xxhash64(col(column)));
    }

    private static Column[] columns(boolean byNumber) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("k_row").as(ROSTER_ROW));
        columns.add(lit(byNumber).as(BY_NUMBER));
        RegistryCertificates.COLUMNS.forEach(name -> columns.add(col(name)));
        return columns.toArray(Column[]::new);
    }
}
