package cn.certsift.jobs.reports;

import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.cases.VerificationResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small hand-made case history around November 2026 (and the campaign start, 2024-05-12), each case
 * placed to test one boundary of the figures.
 */
public final class CaseHistory {

    public static final List<String> FULL_NAMES = List.of("王伟", "刘洋", "欧阳娜娜", "孙丽", "陈刚", "何静", "李强");

    private CaseHistory() {
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static CaseRecord record(String id, String code, String district, String uscc, String employer, String industry,
                                     String name, String idNo, String post, String certNo, LocalDate firstSeen,
                                     LocalDate closedOn, Verification verification) {
        return new CaseRecord(id, code, "high", district, uscc, employer, industry, name, idNo, post, certNo, firstSeen,
                closedOn, firstSeen, verification);
    }

    private static Verification verified(VerificationResult result, String measure, String fine, LocalDate on) {
        return new Verification(result, measure, fine == null ? null : new BigDecimal(fine), "张三", on, null);
    }

    public static List<CaseRecord> november2026() {
        VerificationResult yes = VerificationResult.CONFIRMED;
        return List.of(
                // Verified on the first and the last day of November: both count in November.
                record("C1", "NO_CERT", "福田区", "E1", "华强电气", "制造业", "王伟", "440305198501011231", "电工", null,
                        day(2026, 10, 20), null, verified(yes, "责令整改+罚款", "20000", day(2026, 11, 1))),
                record("C2", "CERT_NOT_FOUND", "福田区", "E1", "华强电气", "制造业", "刘洋", "440305199701014562", "焊工",
                        "T440305199701014562", day(2026, 11, 2), day(2026, 11, 28),
                        verified(yes, "停产整顿+罚款", "5000", day(2026, 11, 30))),
                // The same person twice (two findings) counts once among persons.
                record("C3", "HOLDER_MISMATCH", "南山区", "E2", "腾达建筑", "建筑业", "刘洋", "440305199701014562", "电工",
                        "T440305198602022343", day(2026, 11, 3), null, verified(yes, "移送公安", null, day(2026, 11, 15))),
                // Verified on 31 October and 1 December: not November, but both in the cumulative figures up to December only.
                record("C4", "NO_CERT", "南山区", "E2", "腾达建筑", "建筑业", "欧阳娜娜", "440305199208088912", "高处作业人员",
                        null, day(2026, 10, 1), null, verified(yes, "责令整改", null, day(2026, 10, 31))),
                record("C5", "NO_CERT", "南山区", "E3", "阿里建设", null, "孙丽", "440305199006066782", "制冷工", null,
                        day(2026, 11, 25), null, verified(yes, "罚款", "1000", day(2026, 12, 1))),
                // Verified false: an inspection of the employer, but neither a problem nor a person found.
                record("C6", "CERT_SHARED", "福田区", "E4", "宏达机械", "制造业", "陈刚", "440305199107077894", "电工",
                        "T440305198602022343", day(2026, 11, 5), null,
                        verified(VerificationResult.REFUTED, "无需处理", null, day(2026, 11, 10))),
                // Not verified yet.
                record("C7", "CERT_EXPIRED", "福田区", "E4", "宏达机械", "制造业", "何静", "440305199511112348", "焊工",
                        "T440305199511112348", day(2026, 11, 6), null, null),
                // Before the campaign started: never cumulative.
                record("C8", "NO_CERT", "福田区", "E5", "老厂", "制造业", "李强", "440305198602022343", "电工", null,
                        day(2024, 4, 1), null, verified(yes, "责令整改", null, day(2024, 5, 11))));
    }
}
