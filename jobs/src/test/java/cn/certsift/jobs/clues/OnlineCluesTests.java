package cn.certsift.jobs.clues;

import static cn.certsift.jobs.spark.DatasetAssertions.assertRowsByKey;
import static cn.certsift.jobs.spark.Values.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.clue.ClueIds;
import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.spark.SparkExtension;
import cn.certsift.jobs.spark.StagedRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkExtension.class)
class OnlineCluesTests {

    private static final LocalDate NOV_18 = LocalDate.of(2026, 11, 18);
    private static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);

    /** The stage's output on the rows below, computed once for the class: it takes a few Spark jobs. */
    private static Dataset<Row> screened;

    private final SparkSession spark;

    OnlineCluesTests(SparkSession spark) {
        this.spark = spark;
    }

    private static Map<String, Object> domain(String url, LocalDate seenOn, String origin, String remark) {
        return values("url", url, "seen_on", seenOn, "origin", origin, "remark", remark);
    }

    private static Map<String, Object> listing(String link, String title, String body, String contact) {
        return values("link", link, "platform", "闲鱼", "title", title, "body", body, "seller", "卖家", "contact", contact,
                "seen_on", NOV_19);
    }

    private synchronized Dataset<Row> clues() {
        if (screened == null) {
            screened = screen().localCheckpoint();
        }
        return screened;
    }

    private Dataset<Row> screen() {
        Dataset<Row> domains = StagedRows.of(spark, SourceKind.DOMAINS,
                domain("http://cx.mem.gov.cn.zscx-query.com/verify?no=1", NOV_19, "广告监测", "客服微信 zscx-kefu01"),
                domain("https://CX.MEM.GOV.CN.zscx-query.com/verify?no=2", NOV_18, "12350举报", null),
                domain("https://cx.mem.gov.cn/", NOV_18, "搜索结果", "官方查询平台"),
                domain("https://www.anquan-peixun.com/", NOV_18, "搜索结果", null),
                domain("cxmen.com", null, null, null));
        Dataset<Row> listings = StagedRows.of(spark, SourceKind.LISTINGS,
                listing("https://2.taobao.com/item?id=1", "电工证免考包过", "800元，加微信 zscx-kefu01", "138 1234 5678"),
                listing("https://tieba.baidu.com/p/2", "代办焊工证", "十五天拿证", "13812345678"),
                listing("https://mp.weixin.qq.com/s/3", "电工证培训", "考试合格后发证，全国联网可查，学费 800 元", "0755-12345678"),
                listing("https://2.taobao.com/item?id=4", "叉车证速成", "三天拿证，QQ 55501", null));
        Dataset<Row> training = StagedRows.of(spark, SourceKind.TRAINING,
                values("phone", "13812345678", "id_no", "110105194912310021", "training_org", "甲安全培训学校"),
                values("phone", "13812345678", "id_no", "11010519491231002X", "training_org", "乙职业培训学校"),
                values("phone", "13812345678", "id_no", "11010519491231002X", "training_org", "乙职业培训学校"),
                values("phone", "075512345678", "id_no", "440305198501011231", "training_org", "丙培训中心"),
                values("phone", null, "id_no", "440305198602022343", "training_org", "丙培训中心"));
        return OnlineClues.screen(domains, listings, training, ConfClues.screens());
    }

    @Test
    void onlyCluesAtOrAboveTheThresholdAreKeptOnePerHostOrLinkEachSpokenForByItsEarliestSighting() {
        Dataset<Row> clues = clues();
        String fakeHost = ClueIds.clue(ClueKind.FAKE_SITE, "cx.mem.gov.cn.zscx-query.com");
        String taobao = ClueIds.clue(ClueKind.ILLEGAL_LISTING, "2.taobao.com/item?id=1");
        String tieba = ClueIds.clue(ClueKind.ILLEGAL_LISTING, "tieba.baidu.com/p/2");
        String forklift = ClueIds.clue(ClueKind.ILLEGAL_LISTING, "2.taobao.com/item?id=4");
        String sellerCluster = ClueIds.cluster(List.of(fakeHost, taobao, tieba).stream().sorted().findFirst().orElseThrow());
        assertRowsByKey(clues, "clue_id", List.of(
                values("clue_id", fakeHost, "kind", "FAKE_SITE", "subject", "https://CX.MEM.GOV.CN.zscx-query.com/verify?no=2",
                        "contacts", "微信 zscx-kefu01", "cluster_id", sellerCluster),
                values("clue_id", ClueIds.clue(ClueKind.FAKE_SITE, "cxmen.com"), "kind", "FAKE_SITE", "subject", "cxmen.com",
                        "contacts", null, "cluster_id", null),
                values("clue_id", taobao, "kind", "ILLEGAL_LISTING", "subject", "https://2.taobao.com/item?id=1",
                        "contacts", "手机 13812345678、微信 zscx-kefu01", "cluster_id", sellerCluster),
                values("clue_id", tieba, "kind", "ILLEGAL_LISTING", "contacts", "手机 13812345678", "cluster_id", sellerCluster),
                values("clue_id", forklift, "kind", "ILLEGAL_LISTING", "contacts", "QQ 55501",
                        "cluster_id", ClueIds.cluster(forklift))));
    }

    @Test
    void evidenceGathersTheSightingsAndTheTraineesRegisteredWithTheSellersPhone() {
        Map<String, String> evidence = clues().collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("subject"), row -> row.getAs("evidence")));
        String site = evidence.get("https://CX.MEM.GOV.CN.zscx-query.com/verify?no=2");
        assertTrue(site.startsWith("网址 https://CX.MEM.GOV.CN.zscx-query.com/verify?no=2 疑似仿冒官方证书查询平台，评分 0.97"), site);
        assertTrue(site.endsWith("首次发现于 2026-11-18，来源：12350举报、广告监测，共发现 2 次。"), site);
        String taobao = evidence.get("https://2.taobao.com/item?id=1");
        assertTrue(taobao.endsWith("共发现 1 次。手机 13812345678 也是培训档案中 2 名学员的联系电话（培训机构：乙职业培训学校、甲安全培训学校），"
                + "疑似售证者代学员报名。"), taobao);
        assertTrue(!taobao.contains("110105"), "trainees are counted, never named or identified");
    }

    @Test
    void scoresAreTheScreensScores() {
        Map<String, Double> scores = clues().collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getAs("subject"), row -> row.getAs("score")));
        assertEquals(0.6, scores.get("https://tieba.baidu.com/p/2"), "代办 next to a certificate name, nothing else");
        assertEquals(0.74, scores.get("cxmen.com"), "a lookalike: 0.80 × Jaro-Winkler 0.92");
    }
}
