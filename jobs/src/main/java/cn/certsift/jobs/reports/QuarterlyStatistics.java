package cn.certsift.jobs.reports;

import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.common.text.PublicationMasks;
import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.Measures;

import cn.certsift.jobs.workbook.Charts;
import cn.certsift.jobs.workbook.FileTitle;
import cn.certsift.jobs.workbook.FormSheet;
import cn.certsift.jobs.workbook.FormWorkbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quarterly typical-case statistics (一季度一通报) as XLSX with charts, for a reader at a glance:
 * 概览 (headline figures against the previous quarter, and a twelve-month trend), counts by finding
 * category per month, by district and by industry, the certificate numbers used by the most people
 * (clusters), and typical cases proposed for publication. Names, ID numbers and certificate numbers are
 * masked ({@link PublicationMasks}); employers are named. Each summary sheet prints on one page with its
 * chart; counts are integers.
 */
public final class QuarterlyStatistics {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String CONFIRMED = "核查属实";
    private static final String DETECTED = "发现问题";
    private static final String NO_INDUSTRY = "未填写行业";
    private static final List<String> SHARED_CODES = List.of("CERT_SHARED", "HOLDER_MISMATCH");

    private final CasesProperties.Quarterly settings;

    public QuarterlyStatistics(CasesProperties.Quarterly settings) {
        this.settings = settings;
    }

    /** The statistics of {@code quarter}, made on {@code madeOn} (printed at the foot of its pages). */
    public XSSFWorkbook build(List<CaseRecord> history, ReportPeriod quarter, LocalDate madeOn) {
        FormWorkbook workbook = new FormWorkbook(new FileTitle(quarter.label() + "安全生产资格证书涉假问题典型案例统计", madeOn));
        ReportPeriod previous = quarter.previousQuarter();
        List<CaseRecord> detected = history.stream().filter(c -> quarter.contains(c.firstSeen())).toList();
        List<CaseRecord> confirmed = history.stream().filter(c -> c.confirmed() && quarter.contains(c.verification().verifiedOn()))
                .toList();
        overview(workbook.sheet("概览"), history, quarter, previous);
        categories(workbook.sheet("按问题类别"), history, quarter, previous);
        ranking(workbook.sheet("按区县"), "区县", quarter, detected, confirmed, MonthlyForm::districtOf);
        ranking(workbook.sheet("按行业"), "行业", quarter, detected, confirmed,
                c -> c.industry() == null ? NO_INDUSTRY : c.industry());
        clusters(workbook.sheet("重点线索"), quarter, detected);
        new TypicalCases(settings).write(workbook.sheet("典型案例"), quarter, confirmed);
        return workbook.finish();
    }

    private void overview(FormSheet sheet, List<CaseRecord> history, ReportPeriod quarter, ReportPeriod previous) {
        sheet.widths(22, 14, 14, 10);
        sheet.merged(0, 0, 0, 13, quarter.label() + "安全生产资格证书涉假问题典型案例统计", sheet.styles().title);
        List<String> header = List.of("指标", quarter.label(), previous.label(), "环比");
        for (int i = 0; i < header.size(); i++) {
            sheet.put(2, i, header.get(i), sheet.styles().header);
        }
        Map<String, Function<ReportPeriod, BigDecimal>> figures = new LinkedHashMap<>();
        String fines = "罚款金额（万元）";
        figures.put("比对发现问题（个）", p -> count(history.stream().filter(c -> p.contains(c.firstSeen())).count()));
        figures.put("核查属实问题（个）", p -> count(confirmedIn(history, p).size()));
        figures.put("涉及企业（家）", p -> count(confirmedIn(history, p).stream().map(CaseRecord::employerUscc).distinct().count()));
        figures.put(fines, p -> confirmedIn(history, p).stream().map(c -> c.verification().fineYuan())
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP));
        figures.put("移送公安（条）", p -> count(confirmedIn(history, p).stream()
                .filter(c -> Measures.contains(c.verification().measure(), "移送公安")).count()));
        int row = 3;
        for (Map.Entry<String, Function<ReportPeriod, BigDecimal>> figure : figures.entrySet()) {
            BigDecimal now = figure.getValue().apply(quarter);
            BigDecimal before = figure.getValue().apply(previous);
            CellStyle style = figure.getKey().equals(fines) ? sheet.styles().amount : sheet.styles().integer;
            sheet.put(row, 0, figure.getKey(), sheet.styles().text);
            sheet.put(row, 1, now, style);
            sheet.put(row, 2, before, style);
            sheet.put(row, 3, change(now, before), sheet.styles().percent);
            row++;
        }
        int trendHeader = row + 1;
        sheet.put(trendHeader, 0, "月份", sheet.styles().header);
        sheet.put(trendHeader, 1, DETECTED, sheet.styles().header);
        sheet.put(trendHeader, 2, CONFIRMED, sheet.styles().header);
        List<ReportPeriod> months = new ArrayList<>();
        for (ReportPeriod q = quarter.previousQuarter().previousQuarter().previousQuarter(); !q.start().isAfter(quarter.start());
             q = next(q)) {
            months.addAll(q.months());
        }
        int first = trendHeader + 1;
        for (ReportPeriod month : months) {
            sheet.put(first + months.indexOf(month), 0, month.label(), sheet.styles().text);
            sheet.put(first + months.indexOf(month), 1, history.stream().filter(c -> month.contains(c.firstSeen())).count(),
                    sheet.styles().integer);
            sheet.put(first + months.indexOf(month), 2, confirmedIn(history, month).size(), sheet.styles().integer);
        }
        Charts.plot(sheet.sheet(), Charts.Kind.LINES, "近十二个月趋势", new Charts.Place(5, 2, 14, 22), trendHeader, first,
                first + months.size() - 1, 0, 1, 2);
        sheet.pageSetup().onOnePage();
    }

    private static ReportPeriod next(ReportPeriod quarter) {
        return ReportPeriod.quarter(quarter.end().plusDays(1).getYear(), (quarter.end().plusDays(1).getMonthValue() - 1) / 3 + 1);
    }

    private void categories(FormSheet sheet, List<CaseRecord> history, ReportPeriod quarter, ReportPeriod previous) {
        List<ReportPeriod> months = quarter.months();
        List<String> header = new ArrayList<>(List.of("问题类别", "对应问题类型"));
        months.forEach(m -> header.add(m.label()));
        header.addAll(List.of("本季度合计", "上季度", "环比", CONFIRMED));
        sheet.widths(12, 30, 10, 10, 10, 10, 8, 8, 8);
        sheet.merged(0, 0, 0, header.size() - 1, quarter.label() + "按问题类别统计（比对发现时间）", sheet.styles().title);
        for (int i = 0; i < header.size(); i++) {
            sheet.put(1, i, header.get(i), sheet.styles().header);
        }
        int row = 2;
        for (CasesProperties.Category category : settings.categories()) {
            sheet.put(row, 0, category.label(), sheet.styles().text);
            if (category.codes().isEmpty()) {
                sheet.put(row, 1, "案件库无对应问题类型，需人工填报", sheet.styles().manual);
                for (int i = 2; i < header.size(); i++) {
                    sheet.put(row, i, null, sheet.styles().manual);
                }
                row++;
                continue;
            }
            sheet.put(row, 1, String.join("；", category.codes().stream().map(FindingCatalog::chineseName).toList()),
                    sheet.styles().text);
            List<CaseRecord> ofCategory = history.stream().filter(c -> category.codes().contains(c.code())).toList();
            int column = 2;
            for (ReportPeriod month : months) {
                sheet.put(row, column++, ofCategory.stream().filter(c -> month.contains(c.firstSeen())).count(),
                        sheet.styles().integer);
            }
            BigDecimal now = count(ofCategory.stream().filter(c -> quarter.contains(c.firstSeen())).count());
            BigDecimal before = count(ofCategory.stream().filter(c -> previous.contains(c.firstSeen())).count());
            sheet.put(row, column++, now, sheet.styles().integer);
            sheet.put(row, column++, before, sheet.styles().integer);
            sheet.put(row, column++, change(now, before), sheet.styles().percent);
            sheet.put(row, column, confirmedIn(ofCategory, quarter).size(), sheet.styles().integer);
            row++;
        }
        int[] monthColumns = new int[months.size()];
        for (int i = 0; i < monthColumns.length; i++) {
            monthColumns[i] = 2 + i;
        }
        Charts.plot(sheet.sheet(), Charts.Kind.COLUMNS, "各类问题逐月发现数", new Charts.Place(0, row + 1, 9, row + 21), 1, 2,
                row - 1, 0, monthColumns);
        sheet.pageSetup().onOnePage();
    }

    private void ranking(FormSheet sheet, String dimension, ReportPeriod quarter, List<CaseRecord> detected,
                         List<CaseRecord> confirmed, Function<CaseRecord, String> key) {
        List<String> header = List.of(dimension, DETECTED, CONFIRMED, "罚款金额（万元）");
        sheet.widths(20, 10, 10, 10);
        sheet.merged(0, 0, 0, 13, quarter.label() + "按" + dimension + "统计（前 " + settings.top() + " 位，其余合并）",
                sheet.styles().title);
        for (int i = 0; i < header.size(); i++) {
            sheet.put(1, i, header.get(i), sheet.styles().header);
        }
        Map<String, Long> found = detected.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        Map<String, List<CaseRecord>> verified = confirmed.stream().collect(Collectors.groupingBy(key));
        List<String> names = new ArrayList<>(found.keySet());
        verified.keySet().stream().filter(name -> !found.containsKey(name)).forEach(names::add);
        names.sort(Comparator.<String>comparingLong(name -> found.getOrDefault(name, 0L)).reversed()
                .thenComparing(name -> -verified.getOrDefault(name, List.of()).size()).thenComparing(Comparator.naturalOrder()));
        List<String> shown = names.subList(0, Math.min(settings.top(), names.size()));
        int row = 2;
        for (String name : shown) {
            List<CaseRecord> ofName = verified.getOrDefault(name, List.of());
            rankingRow(sheet, row++, name, found.getOrDefault(name, 0L), ofName);
        }
        if (names.size() > shown.size()) {
            List<String> rest = names.subList(shown.size(), names.size());
            rankingRow(sheet, row++, "其他", rest.stream().mapToLong(name -> found.getOrDefault(name, 0L)).sum(),
                    rest.stream().flatMap(name -> verified.getOrDefault(name, List.of()).stream()).toList());
        }
        Charts.plot(sheet.sheet(), Charts.Kind.COLUMNS, "各" + dimension + DETECTED + "与" + CONFIRMED, new Charts.Place(5, 1, 14, 21),
                1, 2, row - 1, 0, 1, 2);
        sheet.pageSetup().onOnePage();
    }

    private static void rankingRow(FormSheet sheet, int row, String name, long found, List<CaseRecord> verified) {
        sheet.put(row, 0, name, sheet.styles().text);
        sheet.put(row, 1, found, sheet.styles().integer);
        sheet.put(row, 2, verified.size(), sheet.styles().integer);
        sheet.put(row, 3, verified.stream().map(c -> c.verification().fineYuan()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP), sheet.styles().amount);
    }

    /** Certificate numbers recorded for several people (shared or used by others): the clusters behind the fakes. */
    private void clusters(FormSheet sheet, ReportPeriod quarter, List<CaseRecord> detected) {
        List<String> header = List.of("证书编号", "冒用、共用人数（不含持证人）", "涉及单位数", "涉及区县");
        sheet.widths(26, 14, 12, 40);
        sheet.merged(0, 0, 0, header.size() - 1, quarter.label() + "一证多用线索簇（冒用、转借，前 " + settings.top() + " 位）",
                sheet.styles().title);
        for (int i = 0; i < header.size(); i++) {
            sheet.put(1, i, header.get(i), sheet.styles().header);
        }
        Map<String, List<CaseRecord>> byCertificate = detected.stream()
                .filter(c -> SHARED_CODES.contains(c.code()) && c.certNo() != null)
                .collect(Collectors.groupingBy(CaseRecord::certNo));
        List<Map.Entry<String, List<CaseRecord>>> ranked = byCertificate.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<CaseRecord>>>comparingLong(e -> persons(e.getValue())).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(settings.top()).toList();
        int row = 2;
        for (Map.Entry<String, List<CaseRecord>> cluster : ranked) {
            sheet.put(row, 0, PublicationMasks.certificateNumber(cluster.getKey()), sheet.styles().text);
            sheet.put(row, 1, persons(cluster.getValue()), sheet.styles().integer);
            sheet.put(row, 2, cluster.getValue().stream().map(CaseRecord::employerUscc).distinct().count(), sheet.styles().integer);
            sheet.put(row, 3, String.join("、", cluster.getValue().stream().map(MonthlyForm::districtOf).distinct().sorted()
                    .toList()), sheet.styles().text);
            row++;
        }
        sheet.merged(row + 1, row + 1, 0, 3, "注：培训机构风险排名不在案件库中，请结合夜间比对的培训机构风险排名人工补充重点机构。",
                sheet.styles().note);
        sheet.pageSetup().repeatRows(1, 1);
    }

    private static long persons(List<CaseRecord> cases) {
        return cases.stream().map(CaseRecord::idNo).distinct().count();
    }

    private static List<CaseRecord> confirmedIn(List<CaseRecord> cases, ReportPeriod period) {
        return cases.stream().filter(c -> c.confirmed() && period.contains(c.verification().verifiedOn())).toList();
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }

    /** The change against the previous figure as a ratio; none when there was nothing before. */
    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).divide(before, 4, RoundingMode.HALF_UP);
    }
}
