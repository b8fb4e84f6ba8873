package cn.certsift.jobs.clues;

import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;

import cn.certsift.common.clue.ClueIds;
import cn.certsift.jobs.spark.SparkExtension;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class ContactClustersTests {

    private final SparkSession spark;

    ContactClustersTests(SparkSession spark) {
        this.spark = spark;
    }

    private Dataset<Row> links(String... memberContactPairs) {
        StructType schema = new StructType().add(ContactClusters.MEMBER, DataTypes.StringType)
                .add(ContactClusters.CONTACT, DataTypes.StringType);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < memberContactPairs.length; i += 2) {
            rows.add(RowFactory.create(memberContactPairs[i], memberContactPairs[i + 1]));
        }
        return spark.createDataFrame(rows, schema);
    }

    @Test
    void membersLinkedThroughAChainOfSharedContactsAreOneCluster() {
        Dataset<Row> clusters = ContactClusters.assign(links(
                "C5", "mobile:13800000005", "C5", "wechat:kefu_a",
                "C3", "wechat:kefu_a", "C3", "qq:10003",
                "C9", "qq:10003",
                "C1", "mobile:13900000001", "C1", "mobile:13900000001",
                "C2", "mobile:13900000001",
                "C7", "wechat:alone_7"));
        String chain = ClueIds.cluster("C3");
        assertRowsByKey(clusters, ContactClusters.MEMBER, List.of(
                values(ContactClusters.MEMBER, "C5", ContactClusters.CLUSTER, chain),
                values(ContactClusters.MEMBER, "C3", ContactClusters.CLUSTER, chain),
                values(ContactClusters.MEMBER, "C9", ContactClusters.CLUSTER, chain),
                values(ContactClusters.MEMBER, "C1", ContactClusters.CLUSTER, ClueIds.cluster("C1")),
                values(ContactClusters.MEMBER, "C2", ContactClusters.CLUSTER, ClueIds.cluster("C1")),
                values(ContactClusters.MEMBER, "C7", ContactClusters.CLUSTER, ClueIds.cluster("C7"))));
    }

    @Test
    void noLinksNoClusters() {
        assertRowsByKey(ContactClusters.assign(links()), ContactClusters.MEMBER, List.of());
    }
}
