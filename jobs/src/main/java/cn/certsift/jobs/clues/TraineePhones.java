package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;

import cn.certsift.common.clue.contact.ContactKind;

import java.util.Arrays;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the clues whose phone numbers trainees were registered with in the training records (a seller
 * who also signs up trainees). Per clue, a sorted list of (contact, trainees, training_orgs): how many
 * distinct trainees gave that number and, up to {@value #ORGS_IN_EVIDENCE}, their training institutions.
 * Trainees are counted, never named.
 */
public final class TraineePhones {

    static final int ORGS_IN_EVIDENCE = 3;

    private TraineePhones() {
    }

    /**
     * @param clues    clue_id and contacts (contact keys)
     * @param training the training staging layer (phone as digits)
     * @return t_clue_id and trainee_phones
     */
    public static Dataset<Row> of(Dataset<Row> clues, Dataset<Row> training) {
        Column isPhone = Arrays.stream(ContactKind.values()).filter(ContactKind::isPhone)
                .map(kind -> col("contact").startsWith(kind.keyPrefix()))
                .reduce(lit(false), Column::or);
        Dataset<Row> phones = clues.select(col("clue_id"), explode(col("contacts")).as("contact"))
                .filter(isPhone)
                .withColumn("phone", substring_index(col("contact"), ":", -1));
        Dataset<Row> trainees = training.filter(col("phone").isNotNull())
                .groupBy(col("phone").as("t_phone"))
                .agg(count_distinct(col("id_no")).as("trainees"),
                        slice(sort_array(collect_set(col("training_org"))), 1, ORGS_IN_EVIDENCE).as("training_orgs"));
        return phones.join(trainees, col("phone").equalTo(col("t_phone")))
                .groupBy(col("clue_id").as("t_clue_id"))
                .agg(sort_array(collect_list(struct(col("contact"), col("trainees"), col("training_orgs")))).as("trainee_phones"));
    }
}
