package cn.certsift.jobs.clues;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import cn.certsift.common.clue.ClueEvidence;
import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.clue.contact.Contact;
import cn.certsift.jobs.io.SparkDates;

import java.util.List;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The online-clue stages composed: screen every address and listing, merge each clue's sightings, keep
 * the clues at or above the threshold, find their phone numbers among trainees', group clues that share
 * a contact, and finish each clue's evidence ({@link ClueColumns#OUTPUT}).
 */
public final class OnlineClues {

    private OnlineClues() {
    }

    public static Dataset<Row> screen(Dataset<Row> domains, Dataset<Row> listings, Dataset<Row> training, ClueScreens screens) {
        Dataset<Row> clues = ClueSightings.of(ScreenStage.sites(domains, screens.sites())
                        .unionByName(ScreenStage.listings(listings, screens.listings())))
                .filter(col("score").geq(screens.threshold()))
                .localCheckpoint();
        Dataset<Row> trainees = TraineePhones.of(clues, training);
        Dataset<Row> clusters = ContactClusters.assign(
                clues.select(col("clue_id").as(ContactClusters.MEMBER), explode(col("contacts")).as(ContactClusters.CONTACT)));
        return clues.join(trainees, col("clue_id").equalTo(col("t_clue_id")), "left")
                .join(clusters, col("clue_id").equalTo(col(ContactClusters.MEMBER)), "left")
                .map(new Finish(), Encoders.row(ClueColumns.SCHEMA));
    }

    /** The output row of a clue: its evidence completed with sightings and trainee phones, its contacts for reading. */
    private static final class Finish implements MapFunction<Row, Row> {

        @Override
        public Row call(Row clue) {
            StringBuilder evidence = new StringBuilder(clue.<String>getAs("evidence"));
            evidence.append(ClueEvidence.sightings(SparkDates.of(clue.getAs("first_seen")), clue.getList(clue.fieldIndex("origins")),
                    clue.<Long>getAs("sightings")));
            if (!clue.isNullAt(clue.fieldIndex("trainee_phones"))) {
                for (Row phone : clue.<Row>getList(clue.fieldIndex("trainee_phones"))) {
                    evidence.append(ClueEvidence.traineePhone(phone.getAs("contact"), phone.<Long>getAs("trainees"),
                            phone.getList(phone.fieldIndex("training_orgs"))));
                }
            }
            List<String> contacts = clue.getList(clue.fieldIndex("contacts"));
            String readable = contacts.isEmpty() ? null
                    : String.join("、", contacts.stream().map(key -> Contact.ofKey(key).label()).toList());
            return RowFactory.create(clue.getAs("clue_id"), clue.getAs("kind"), clue.getAs("subject"), clue.getAs("score"),
                    evidence.toString(), readable, clue.getAs(ContactClusters.CLUSTER));
        }
    }
}
