package cn.certsift.jobs.export;

import cn.certsift.jobs.cases.Verification;
import cn.certsift.jobs.cases.VerificationResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The columns inspectors fill in at the end of a district's 问题清单: 核查结果, 处理措施, 罚款金额(元), 核查人,
 * 核查日期, 备注. The workbook offers drop-down lists and checks, and shows a case's latest verification
 * where there is one, so that what comes back through {@code certsift feedback} is clean.
 *
 * @param measures        the 处理措施 list of conf/cases.yml
 * @param earliestDate    the earliest 核查日期 the workbook accepts (the campaign start; the import checks
 *                        each row against its case's export date)
 * @param maxFineYuan     the highest fine accepted
 * @param verifications   the latest verification of each verified case, shown in its row
 */
public record InspectorColumns(List<String> measures, LocalDate earliestDate, BigDecimal maxFineYuan,
                               Map<String, Verification> verifications) {

    public static final String FINDING_ID = "问题编号";
    public static final String RESULT = "核查结果";
    public static final String MEASURE = "处理措施";
    public static final String FINE = "罚款金额(元)";
    public static final String INSPECTOR = "核查人";
    public static final String DATE = "核查日期";
    public static final String REMARKS = "备注";
    public static final List<String> HEADERS = List.of(RESULT, MEASURE, FINE, INSPECTOR, DATE, REMARKS);

    /** The sheet holding the drop-down lists (hidden). */
    static final String LISTS_SHEET = "下拉选项";

    public InspectorColumns {
        measures = List.copyOf(measures);
        verifications = Map.copyOf(verifications);
    }

    List<String> results() {
        return VerificationResult.labels();
    }

    /** The values a verified case shows, in the order of {@link #HEADERS}; null cells stay empty. */
    Object[] valuesOf(String findingId) {
        Verification v = verifications.get(findingId);
        if (v == null) {
            return new Object[HEADERS.size()];
        }
        return new Object[] {v.result().label(), v.measure(), v.fineYuan(), v.inspector(), v.verifiedOn(), v.remarks()};
    }
}
