package cn.certsift.jobs.reports;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.finding.FindingCatalog;
import cn.certsift.jobs.cases.CaseRecord;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.cases.CasesProperties.FormColumn;
import cn.certsift.jobs.cases.CasesProperties.Metric;

import cn.certsift.jobs.workbook.FileTitle;
import cn.certsift.jobs.workbook.FormSheet;
import cn.certsift.jobs.workbook.FormWorkbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly statistics form as XLSX: the campaign's 工作情况统计表 (one pair of rows, 本月数据 and 累计数据,
 * per district and for the total, columns in the form's order and groups), the per-category breakdown of
 * 依法持证 / 无证上岗 / 持有假证, and 填报说明 saying where each figure comes from. A column with no data
 * source is left empty, shaded and marked 需人工填报. 合计 rows are SUM formulas over the rows above, so
 * figures people type in add up. Printed landscape, one page wide, with the title, the column headings
 * and the region column on every page.
 */
public final class MonthlyForm {

    static final String TOTAL = "合计";
    static final String UNKNOWN_DISTRICT = "未知区县";
    private static final String MONTH = "本月数据";
    private static final String CUMULATIVE = "累计数据";

    private final CasesProperties cases;
    private final PostCatalog posts;

    public MonthlyForm(CasesProperties cases, PostCatalog posts) {
        this.cases = cases;
        this.posts = posts;
    }

    /** The form of {@code month}, made on {@code madeOn} (printed at the foot of its pages). */
    public XSSFWorkbook build(List<CaseRecord> history, YearMonth month, LocalDate madeOn) {
        ReportPeriod period = ReportPeriod.month(month);
        ReportPeriod cumulative = period.since(cases.campaignStart());
        FormWorkbook workbook = new FormWorkbook(new FileTitle(cases.monthly().title() + "（" + period.label() + "）", madeOn));
        String dates = "统计期间：" + period.label() + "（本月数据 " + period.start() + " 至 " + period.end() + "；累计数据 "
                + cumulative.label() + "）";
        writeForm(workbook.sheet("统计表"), history, period, cumulative, dates);
        writeCategories(workbook.sheet("分类别统计"), history, period, cumulative, dates);
        writeExplanations(workbook.sheet("填报说明"));
        return workbook.finish();
    }

    private void writeForm(FormSheet form, List<CaseRecord> history, ReportPeriod period, ReportPeriod cumulative,
                           String dates) {
        List<FormColumn> columns = cases.monthly().columns();
        int last = columns.size() + 1;
        int[] widths = new int[last + 1];
        widths[0] = 12;
        widths[1] = 10;
        for (int i = 2; i <= last; i++) {
            widths[i] = 10;
        }
        form.widths(widths);
        form.merged(0, 0, 0, last, cases.monthly().title(), form.styles().title);
        form.merged(1, 1, 0, last, dates + "        填报单位：                填报日期：", form.styles().note);
        form.merged(2, 3, 0, 0, "地区", form.styles().header);
        form.merged(2, 3, 1, 1, "数据类型", form.styles().header);
        int start = 0;
        for (int i = 1; i <= columns.size(); i++) {
            if (i == columns.size() || !Objects.equals(columns.get(i).group(), columns.get(start).group())) {
                form.merged(2, 2, start + 2, i + 1, columns.get(start).group(), form.styles().header);
                start = i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            Cell heading = form.put(3, i + 2, columns.get(i).heading(), form.styles().header);
            if (columns.get(i).metric() == Metric.MANUAL) {
                form.comment(heading, "需人工填报：" + columns.get(i).note());
            }
        }
        int row = 4;
        for (Map.Entry<String, List<CaseRecord>> district : byDistrict(history).entrySet()) {
            form.merged(row, row + 1, 0, 0, district.getKey(), form.styles().text);
            figures(form, row, MONTH, columns, district.getValue(), period);
            figures(form, row + 1, CUMULATIVE, columns, district.getValue(), cumulative);
            row += 2;
        }
        form.merged(row, row + 1, 0, 0, TOTAL, form.styles().total);
        if (row == 4) {
            figures(form, row, MONTH, columns, history, period);
            figures(form, row + 1, CUMULATIVE, columns, history, cumulative);
        } else {
            sums(form, row, MONTH, columns, 4, row - 1);
            sums(form, row + 1, CUMULATIVE, columns, 4, row - 1);
        }
        form.merged(row + 3, row + 3, 0, last, "注：1. 灰色单元格无系统数据来源，需人工填报（口径见“填报说明”）。2. 检查、核查结果、处理措施和罚款按核查日期"
                + "统计；完成整改的问题数量按比对确认问题消除的日期统计。3. 累计数据自专项治理开始（" + cases.campaignStart() + "）起。"
                + "4. 合计为以上各地区之和（公式），人工填报的数字也计入；同一人员、企业在两个地区出现时各计一次。", form.styles().note);
        form.sheet().createFreezePane(2, 4);
        form.pageSetup().repeatRows(0, 3).repeatColumns(2);
    }

    /** Each district's cases, sorted by name. */
    private static Map<String, List<CaseRecord>> byDistrict(List<CaseRecord> history) {
        Map<String, List<CaseRecord>> districts = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        history.forEach(c -> names.add(districtOf(c)));
        names.forEach(name -> districts.put(name, history.stream().filter(c -> districtOf(c).equals(name)).toList()));
        return districts;
    }

    /** A 合计 row: per column, the sum of the district rows of the same kind (本月数据 or 累计数据). */
    private static void sums(FormSheet form, int row, String kind, List<FormColumn> columns, int firstRow, int lastRow) {
        form.put(row, 1, kind, form.styles().total);
        for (int i = 0; i < columns.size(); i++) {
            String column = CellReference.convertNumToColString(i + 2);
            form.formula(row, i + 2, "SUMIF($B$" + (firstRow + 1) + ":$B$" + (lastRow + 1) + ",\"" + kind + "\"," + column
                    + "$" + (firstRow + 1) + ":" + column + "$" + (lastRow + 1) + ")", totalStyle(form, columns.get(i)));
        }
    }

    private static CellStyle totalStyle(FormSheet form, FormColumn column) {
        return column.metric() == Metric.FINE_WAN_YUAN ? form.styles().totalAmount : form.styles().totalInteger;
    }

    static String districtOf(CaseRecord c) {
        return c.district() == null ? UNKNOWN_DISTRICT : c.district();
    }

    private static void figures(FormSheet form, int row, String kind, List<FormColumn> columns, List<CaseRecord> cases,
                                ReportPeriod period) {
        form.put(row, 1, kind, form.styles().text);
        for (int i = 0; i < columns.size(); i++) {
            put(form, row, i + 2, columns.get(i), CaseSelection.figure(columns.get(i), cases, period));
        }
    }

    private static void put(FormSheet sheet, int row, int column, FormColumn definition, BigDecimal value) {
        if (definition.metric() == Metric.MANUAL) {
            sheet.put(row, column, null, sheet.styles().manual);
        } else {
            sheet.put(row, column, value, definition.metric() == Metric.FINE_WAN_YUAN ? sheet.styles().amount : sheet.styles().integer);
        }
    }

    private void writeCategories(FormSheet sheet, List<CaseRecord> history, ReportPeriod period, ReportPeriod cumulative,
                                 String dates) {
        List<FormColumn> columns = cases.monthly().categoryColumns();
        int last = columns.size() * 2;
        int[] widths = new int[last + 1];
        widths[0] = 22;
        for (int i = 1; i <= last; i++) {
            widths[i] = 11;
        }
        sheet.widths(widths);
        sheet.merged(0, 0, 0, last, "分类别持证情况统计表", sheet.styles().title);
        sheet.merged(1, 1, 0, last, dates, sheet.styles().note);
        sheet.merged(2, 3, 0, 0, "作业类别", sheet.styles().header);
        for (int i = 0; i < columns.size(); i++) {
            sheet.merged(2, 2, 1 + 2 * i, 2 + 2 * i, columns.get(i).heading(), sheet.styles().header);
            sheet.put(3, 1 + 2 * i, MONTH, sheet.styles().header);
            sheet.put(3, 2 + 2 * i, CUMULATIVE, sheet.styles().header);
            if (columns.get(i).metric() == Metric.MANUAL) {
                sheet.comment(sheet.sheet().getRow(2).getCell(1 + 2 * i), "需人工填报：" + columns.get(i).note());
            }
        }
        FormCategories categories = new FormCategories(posts, cases.monthly().categories());
        int row = 4;
        for (String category : cases.monthly().categories()) {
            List<CaseRecord> ofCategory = history.stream().filter(c -> category.equals(categories.of(c.post()))).toList();
            sheet.put(row, 0, category, sheet.styles().text);
            for (int i = 0; i < columns.size(); i++) {
                put(sheet, row, 1 + 2 * i, columns.get(i), CaseSelection.figure(columns.get(i), ofCategory, period));
                put(sheet, row, 2 + 2 * i, columns.get(i), CaseSelection.figure(columns.get(i), ofCategory, cumulative));
            }
            row++;
        }
        sheet.put(row, 0, TOTAL, sheet.styles().total);
        for (int c = 1; c <= last; c++) {
            String letter = CellReference.convertNumToColString(c);
            sheet.formula(row, c, "SUM(" + letter + "5:" + letter + row + ")", totalStyle(sheet, columns.get((c - 1) / 2)));
        }
        sheet.merged(row + 2, row + 2, 0, last, "注：作业类别按人员岗位所需的特种作业类别归类（岗位与证书类别对照表），未列出的类别不计；合计为以上各类之和（公式），"
                + "人工填报的数字也计入；灰色单元格需人工填报。", sheet.styles().note);
        sheet.pageSetup().repeatRows(0, 3);
    }

    private void writeExplanations(FormSheet sheet) {
        sheet.widths(12, 30, 6, 70);
        sheet.merged(0, 0, 0, 3, "填报说明：各栏目的数据来源与统计口径", sheet.styles().title);
        List<String> header = List.of("表", "栏目", "单位", "数据来源与统计口径");
        for (int i = 0; i < header.size(); i++) {
            sheet.put(1, i, header.get(i), sheet.styles().header);
        }
        List<Object[]> rows = new ArrayList<>();
        cases.monthly().columns().forEach(c -> rows.add(new Object[] {"统计表", (c.group() == null ? "" : c.group() + " / ") + c.label(), c}));
        cases.monthly().categoryColumns().forEach(c -> rows.add(new Object[] {"分类别统计", c.label(), c}));
        int row = 2;
        for (Object[] line : rows) {
            FormColumn column = (FormColumn) line[2];
            sheet.put(row, 0, line[0], sheet.styles().text);
            sheet.put(row, 1, line[1], sheet.styles().text);
            sheet.put(row, 2, column.unit(), sheet.styles().text);
            sheet.put(row, 3, describe(column), column.metric() == Metric.MANUAL ? sheet.styles().manual : sheet.styles().text);
            row++;
        }
        sheet.pageSetup().repeatRows(1, 1);
    }

    /** The definition of a column in words, from its settings. */
    static String describe(FormColumn column) {
        String what = switch (column.metric()) {
            case MANUAL -> "需人工填报：" + column.note();
            case EMPLOYERS -> "涉及的企业数（按统一社会信用代码去重）";
            case PERSONS -> "涉及的人员数（按身份证号去重）";
            case CASES -> "案件（问题）数";
            case FINE_WAN_YUAN -> "罚款金额(元)之和 ÷ 10000";
            case RECTIFIED -> "核查属实、且夜间比对在统计期内确认已消除的问题数";
        };
        if (column.metric() == Metric.MANUAL) {
            return what;
        }
        StringBuilder scope = new StringBuilder(what);
        scope.append(column.metric() == Metric.RECTIFIED ? "；按问题消除日期统计" : "；按核查日期统计");
        if (!column.results().isEmpty()) {
            scope.append("；核查结果为").append(String.join("或", column.results()));
        }
        if (!column.measures().isEmpty()) {
            scope.append("；处理措施含").append(String.join("或", column.measures()));
        }
        if (!column.codes().isEmpty()) {
            scope.append("；问题类型为").append(String.join("、", column.codes().stream()
                    .map(code -> "“" + FindingCatalog.chineseName(code) + "”").toList()));
        }
        return scope.toString();
    }
}
