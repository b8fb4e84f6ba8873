package cn.certsift.jobs.clusters;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import cn.certsift.common.cluster.ClusterLink;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.cluster.FakeNumberPattern;
import cn.certsift.jobs.institutions.SharedPhones;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage: every link node each participating finding reaches, before nodes reached by too few roster
 * entries are dropped. A finding's person reaches training records through the roster ID number, and
 * its certificate (the recorded and the matched number) reaches the training records that issued it and
 * the registry rows that name their training institution; from those come the shared phones, the
 * institution and exam site, and the employer and institution. One row per finding and node:
 * finding_id, entry, district, link, node, subject (what the link is about, as analysts read it),
 * org_code and org_name (for links through an institution).
 */
final class LinkCandidates {

    private static final String NOT_FOUND = "CERT_NOT_FOUND";
    private static final UserDefinedFunction PATTERN = udf((UDF1<String, String>) FakeNumberPattern::of, DataTypes.StringType);

    private LinkCandidates() {
    }

    /** @param findings the participating findings, with entry (employer and ID number) */
    static Dataset<Row> of(Dataset<Row> findings, Dataset<Row> training, Dataset<Row> certificates, ClusterSettings settings) {
        Dataset<Row> reached = institutionsReached(findings, training, certificates);
        Dataset<Row> phones = broadcast(SharedPhones.of(training, settings.minTraineesPerPhone()));
        Dataset<Row> withOrg = reached.filter(col("org_code").isNotNull());
        Column org = coalesce(col("org_name"), col("org_code"));
        return link(findings.filter(col("cert_no").isNotNull()), ClusterLink.SAME_CERT_NO, col("cert_no"), col("cert_no"), false)
                .unionByName(fakeNumberPatterns(findings, certificates, settings))
                .unionByName(link(reached.join(phones, col("phone").equalTo(col(SharedPhones.PHONE))), ClusterLink.SHARED_PHONE,
                        col("phone"), col("phone"), false))
                .unionByName(link(withOrg.filter(col("exam_site").isNotNull()), ClusterLink.SAME_ORG_AND_SITE,
                        concat_ws("|", col("org_code"), col("exam_site")), concat(org, lit("（考点："), col("exam_site"), lit("）")), true))
                .unionByName(link(withOrg.filter(col("employer_uscc").isNotNull()), ClusterLink.EMPLOYER_ORG,
                        concat_ws("|", col("employer_uscc"), col("org_code")),
                        concat(coalesce(col("employer_name"), col("employer_uscc")), lit("—"), org), true));
    }

    /**
     * CERT_NOT_FOUND numbers linked by their {@link FakeNumberPattern}: only a pattern at least two distinct such
     * numbers share and at most {@link ClusterSettings#maxRegistryNumbersPerPattern()} registry numbers have.
     * A scheme forgers copy from the departments (T{身份证号}) matches millions of registry rows: with the
     * default limit, none, it is enough to see that one registry row has the pattern, and only a higher
     * limit makes the distinct registry numbers of each shared pattern counted.
     */
    private static Dataset<Row> fakeNumberPatterns(Dataset<Row> findings, Dataset<Row> certificates, ClusterSettings settings) {
        Dataset<Row> fakes = findings.filter(col("finding_code").equalTo(NOT_FOUND))
                .withColumn("pattern", PATTERN.apply(col("cert_no"))).filter(col("pattern").isNotNull());
        Dataset<Row> shared = fakes.groupBy("pattern").agg(count_distinct(col("cert_no")).as("numbers"))
                .filter(col("numbers").geq(2)).select("pattern");
        Dataset<Row> registered = certificates.select(PATTERN.apply(col("cert_no")).as("pattern"), col("cert_no"))
                .join(broadcast(shared), "pattern");
        Dataset<Row> tooCommon = settings.maxRegistryNumbersPerPattern() == 0
                ? registered.select("pattern").distinct()
                : registered.groupBy("pattern").agg(count_distinct(col("cert_no")).as("registered"))
                        .filter(col("registered").gt(settings.maxRegistryNumbersPerPattern())).select("pattern");
        Dataset<Row> rare = shared.join(tooCommon, "pattern", "left_anti");
        return link(fakes.join(rare, "pattern"), ClusterLink.FAKE_NUMBER_PATTERN, col("pattern"), col("pattern"), false);
    }

    /**
     * The training institutions (with exam site and trainee phone where a training record says them) each
     * finding reaches through its person's ID number or its certificate numbers.
     */
    private static Dataset<Row> institutionsReached(Dataset<Row> findings, Dataset<Row> training, Dataset<Row> certificates) {
        Dataset<Row> records = training.select(col("id_no").as("t_id_no"), col("cert_no").as("t_cert_no"),
                col("training_org_code").as("org_code"), col("training_org").as("org_name"), col("exam_site"), col("phone"));
        Dataset<Row> numbers = findings.select(col("finding_id"), col("cert_no").as("reached_cert"))
                .union(findings.select(col("finding_id"), col("matched_cert_no").as("reached_cert")))
                .filter(col("reached_cert").isNotNull()).distinct()
                .join(findings.drop("cert_no", "matched_cert_no", "id_no"), "finding_id");
        Dataset<Row> registered = certificates.select(col("cert_no").as("r_cert_no"), col("training_org_code").as("org_code"),
                        col("training_org").as("org_name"))
                .filter(col("org_code").isNotNull())
                .withColumn("exam_site", lit(null).cast(DataTypes.StringType))
                .withColumn("phone", lit(null).cast(DataTypes.StringType));
        Column[] columns = {col("finding_id"), col("entry"), col("district"), col("employer_uscc"), col("employer_name"),
                col("org_code"), col("org_name"), col("exam_site"), col("phone")};
        // The suspect findings are few next to the training records and registries: broadcast them.
        return broadcast(findings).join(records, col("id_no").equalTo(col("t_id_no"))).select(columns)
                .union(broadcast(numbers).join(records, col("reached_cert").equalTo(col("t_cert_no"))).select(columns))
                .union(broadcast(numbers).join(registered, col("reached_cert").equalTo(col("r_cert_no"))).select(columns));
    }

    private static Dataset<Row> link(Dataset<Row> rows, ClusterLink link, Column node, Column subject, boolean throughOrg) {
        Column none = lit(null).cast(DataTypes.StringType);
        return rows.select(col("finding_id"), col("entry"), col("district"), lit(link.code()).as("link"), node.as("node"),
                subject.as("subject"), (throughOrg ? col("org_code") : none).as("org_code"),
                (throughOrg ? col("org_name") : none).as("org_name"));
    }
}
