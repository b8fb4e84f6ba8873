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
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage: the registry rows the current roster rows reach, by equi-joins (no cross join, no per-row
 * lookup): the rows under a number some roster row records, any department, and the rows under the ID
 * number of a roster row — also the typo candidates, blocked on the person. The rows come in
 * <em>case groups</em> ({@link #withCaseGroup}): the roster rows that record one number (by its hash)
 * with the registry rows under that number, each once however many roster rows record it, and the
 * registry rows under each of those roster rows' ID numbers; a roster row without a number is a group of
 * its own. Columns: {@value #CASE_GROUP}, {@value #ROSTER_ROW} (the roster row whose ID
 * number reached the registry row; null when its number did), {@value #BY_NUMBER}, then the columns of
 * {@link RegistryCertificates#COLUMNS}.
 * <p>
 * The roster's keys are broadcast when the roster is small enough (a province's is), so the registry is
 * never shuffled: each registry row probes the keys with its number and with its holder's ID, and only
 * the rows that reach a roster row travel on. A registry row under both a roster row's number and its ID
 * (the worker's own certificate, the common case) comes once, by the number: {@link CaseRows} counts it
 * among the person's certificates too.
 * <p>
 * Two choices keep the scan of tens of millions of registry rows cheap. Each department is joined on its
 * own and the results are united, so each join runs inside its scan's generated code and copies only the
 * rows that match. And the roster's keys are the 64-bit hashes of its numbers and ID numbers, which Spark
 * keeps in its map of long keys: small to broadcast, and probed without building a key row per registry
 * row. A hash can stand for two different numbers, so these are candidates: {@link CaseRows} keeps only
 * the rows whose number, or ID number, is the roster row's own. A row left out of those reached by a
 * roster row's ID number because its number hashes like the roster row's is among those reached by the
 * number, in the same group, where {@link CaseRows} finds it.
 */
public final class RegistryFacts {

    /**
     * The group key: the hash of the roster rows' number, or the row id of a roster row without one. One
     * long, so that Spark sorts the groups by radix; should a row id equal a number's hash, the two share a
     * group and {@link CaseRows} still gives each roster row only its own registry rows.
     */
    public static final String CASE_GROUP = "case_group";
    public static final String ROSTER_ROW = "roster_row";
    public static final String BY_NUMBER = "by_number";

    private RegistryFacts() {
    }

    /** @param registries the certificates of each department ({@link RegistryCertificates#departments}) */
    public static Dataset<Row> of(Dataset<Row> currentRoster, List<Dataset<Row>> registries, boolean broadcastRosterKeys) {
        Dataset<Row> numbers = currentRoster.filter(col("cert_no").isNotNull()).select(hashOf("cert_no").as("k_hash"));
        Dataset<Row> persons = currentRoster.filter(col("id_no").isNotNull())
                .select(col(StagingColumns.ROW_ID).as("k_row"), hashOf("id_no").as("k_hash"), hashOf("cert_no").as("k_number_hash"));
        Dataset<Row> numberKeys = broadcastRosterKeys ? broadcast(numbers) : numbers;
        Dataset<Row> personKeys = broadcastRosterKeys ? broadcast(persons) : persons;
        return registries.stream().map(certificates -> {
            Dataset<Row> byNumber = certificates.join(numberKeys, hashOf("cert_no").equalTo(col("k_hash")), "left_semi")
                    .select(columns(hashOf("cert_no"), lit(null).cast(DataTypes.LongType), true));
            Dataset<Row> byPerson = certificates.join(personKeys, hashOf("id_no").equalTo(col("k_hash"))
                    .and(not(coalesce(hashOf("cert_no").equalTo(col("k_number_hash")), lit(false)))))
                    .select(columns(coalesce(col("k_number_hash"), col("k_row")), col("k_row"), false));
            return byNumber.unionByName(byPerson);
        }).reduce(Dataset::unionByName).orElseThrow();
    }

    /** The current roster rows with their case group ({@value #CASE_GROUP}). */
    public static Dataset<Row> withCaseGroup(Dataset<Row> currentRoster) {
        return currentRoster.withColumn(CASE_GROUP, coalesce(hashOf("cert_no"), col(StagingColumns.ROW_ID)));
    }

    /** The 64-bit hash of a text column, null when the text is. */
    private static Column hashOf(String column) {
        return when(col(column).isNotNull(), xxhash64(col(column)));
    }

    private static Column[] columns(Column caseGroup, Column rosterRow, boolean byNumber) {
        List<Column> columns = new ArrayList<>();
        columns.add(caseGroup.as(CASE_GROUP));
        columns.add(rosterRow.as(ROSTER_ROW));
        columns.add(lit(byNumber).as(BY_NUMBER));
        RegistryCertificates.COLUMNS.forEach(name -> columns.add(col(name)));
        return columns.toArray(Column[]::new);
    }
}
