package cn.certsift.jobs.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.cluster.ClusterIds;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.io.ParquetLayers;
import cn.certsift.jobs.matching.JudgementColumns;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;

@ExtendWith(SparkExtension.class)
class TraceClustersTaskletTests {

    @Test
    void publishesTheClustersTheirCsvAndTheMembershipOfEachFinding(SparkSession spark, @TempDir Path output) throws Exception {
        NightlyRun run = new NightlyRun(output.resolve("input").toString(), output.toString(), LocalDate.of(2026, 11, 20), null);
        RunFolders folders = run.folders();
        ParquetLayers.write(spark.createDataFrame(List.of(judgement("F1", "E1", "440703199001011234"),
                judgement("F2", "E2", "440703199202023456")), JudgementColumns.SCHEMA), folders.judgements());
        for (SourceKind kind : List.of(SourceKind.TRAINING, SourceKind.REGISTRY_MEM, SourceKind.REGISTRY_MOHURD,
                SourceKind.REGISTRY_SAMR)) {
            ParquetLayers.write(StagedRows.of(spark, kind), folders.staging(kind));
        }
        StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());

        new TraceClustersTasklet(run, new SparkSessions(new CertSiftProperties.Spark("local[2]", Map.of())),
                ClusterSettings.defaults()).execute(contribution, null);

        String cluster = ClusterIds.of("F1");
        List<String> csv = Files.readAllLines(folders.clustersCsv(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFcluster_id,size,finding_codes,finding_ids,employers,institutions,phone_numbers,links,summary", csv.get(0));
        assertTrue(csv.get(1).startsWith(cluster + ",2,CERT_SHARED×2,F1；F2,单位E1（E1）；单位E2（E2）,,,同一证书编号 T440703197001011111×2,"),
                csv.get(1));
        assertEquals(2, csv.size());
        assertEquals(List.of("F1|" + cluster, "F2|" + cluster), ParquetLayers.read(spark, folders.clusterMembership())
                .collectAsList().stream().map(row -> row.getString(0) + "|" + row.getString(1)).sorted().toList());
        assertEquals(1, contribution.getWriteCount());
        assertEquals(2L, ParquetLayers.read(spark, folders.clusters()).first().<Long>getAs("size"));
    }

    private static Row judgement(String id, String employer, String idNo) {
        return RowFactory.create("FINDING", id, "CERT_SHARED", "同一证书被多人使用，疑似转借或批量伪造", "high", "蓬江区", employer,
                "单位" + employer, "某人", idNo, "电工", "T440703197001011111", null, null, "证据", null, null, "roster.csv", 2L);
    }
}
