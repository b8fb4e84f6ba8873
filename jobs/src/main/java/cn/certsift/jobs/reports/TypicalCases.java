package cn.certsift.jobs.reports;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.finding.Severity;
import cn.certsift.common.text.PublicationMasks;
import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.Measures;
import cn.certsift.jobs.cases.Verification;

import cn.certsift.jobs.workbook.FormSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Typical cases proposed for publication (一类一通报): cases verified 属实 in the quarter, the gravest
 * measure first (conf: measure-gravity), then severity and fine. Each is told in one sentence with the
 * person as 王某, the ID number as 4407**********1234 and the certificate number masked; the employer is
 * named, as publications name them.
 */
final class TypicalCases {

    private static final List<String> HEADER = List.of("序号", "区县", "单位名称", "人员", "身份证号", "证书编号", "问题类型", "核查日期",
            "处理措施", "罚款金额(元)", "案情简述");

    private final CasesProperties.Quarterly settings;

    TypicalCases(CasesProperties.Quarterly settings) {
        this.settings = settings;
    }

    void write(FormSheet sheet, ReportPeriod quarter, List<CaseRecord> confirmed) {
        sheet.widths(5, 8, 18, 8, 20, 20, 18, 12, 12, 10, 50);
        sheet.merged(0, 0, 0, HEADER.size() - 1, quarter.label() + "拟通报典型案例（个人信息已脱敏，发布前请审核）", sheet.styles().title);
        for (int i = 0; i < HEADER.size(); i++) {
            sheet.put(1, i, HEADER.get(i), sheet.styles().header);
        }
        sheet.pageSetup().repeatRows(1, 1);
        List<CaseRecord> chosen = confirmed.stream().sorted(Comparator.comparingInt(this::gravity)
                        .thenComparing(c -> Severity.ofLabel(c.severity()).ordinal())
                        .thenComparing(c -> c.verification().fineYuan() == null ? BigDecimal.ZERO : c.verification().fineYuan(),
                                Comparator.reverseOrder())
                        .thenComparing(c -> c.verification().verifiedOn())
                        .thenComparing(CaseRecord::findingId))
                .limit(settings.typicalCases()).toList();
        int row = 2;
        for (CaseRecord c : chosen) {
            Verification v = c.verification();
            List<Object> values = List.of(row - 1, MonthlyForm.districtOf(c), orEmpty(c.employerName()),
                    PublicationMasks.name(c.name()), PublicationMasks.idNumber(c.idNo()), PublicationMasks.certificateNumber(c.certNo()),
                    FindingCatalog.chineseName(c.code()), v.verifiedOn(), orEmpty(v.measure()),
                    v.fineYuan() == null ? "" : v.fineYuan(), story(c));
            for (int i = 0; i < values.size(); i++) {
                sheet.put(row, i, values.get(i), style(sheet, values.get(i)));
            }
            row++;
        }
        if (chosen.isEmpty()) {
            sheet.merged(2, 2, 0, HEADER.size() - 1, "本季度没有核查属实的案件，暂无拟通报的典型案例。典型案例从本季度（" + quarter.start() + " 至 "
                    + quarter.end() + "）核查日期在内、核查结果为属实的案件中选出，处理措施最重的在前。", sheet.styles().text);
        }
    }

    private static CellStyle style(FormSheet sheet, Object value) {
        if (value instanceof LocalDate) {
            return sheet.styles().date;
        }
        if (value instanceof BigDecimal) {
            return sheet.styles().amount;
        }
        return value instanceof Number ? sheet.styles().integer : sheet.styles().text;
    }

    /** The position of the gravest measure taken in the gravity list; cases with none of them come last. */
    private int gravity(CaseRecord c) {
        List<String> gravity = settings.measureGravity();
        for (int i = 0; i < gravity.size(); i++) {
            if (Measures.contains(c.verification().measure(), gravity.get(i))) {
                return i;
            }
        }
        return gravity.size();
    }

    static String story(CaseRecord c) {
        Verification v = c.verification();
        StringBuilder story = new StringBuilder();
        story.append(MonthlyForm.districtOf(c)).append(orEmpty(c.employerName())).append(orEmpty(c.post()))
                .append(PublicationMasks.name(c.name())).append("（身份证号 ").append(PublicationMasks.idNumber(c.idNo())).append("）");
        if (c.certNo() != null) {
            story.append("所持证书 ").append(PublicationMasks.certificateNumber(c.certNo())).append(" ");
        }
        story.append(FindingCatalog.chineseName(c.code())).append("，经 ").append(v.verifiedOn()).append(" 现场核查属实");
        if (v.measure() != null) {
            story.append("，已采取").append(v.measure().replace("+", "、")).append("措施");
        }
        if (v.fineYuan() != null && v.fineYuan().signum() > 0) {
            story.append("，罚款 ").append(v.fineYuan().stripTrailingZeros().toPlainString()).append(" 元");
        }
        return story.append("。").toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
