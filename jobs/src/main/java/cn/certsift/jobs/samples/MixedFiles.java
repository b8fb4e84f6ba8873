package cn.certsift.jobs.samples;

import static cn.certsift.common.source.SourceKind.REGISTRY_MEM;
import static cn.certsift.common.source.SourceKind.REGISTRY_MOHURD;
import static cn.certsift.common.source.SourceKind.REGISTRY_SAMR;
import static cn.certsift.common.source.SourceKind.ROSTER;
import static cn.certsift.common.source.SourceKind.TRAINING;
import static cn.certsift.jobs.samples.BrokenRow.blankLines;
import static cn.certsift.jobs.samples.BrokenRow.missing;
import static cn.certsift.jobs.samples.BrokenRow.repeatedHeader;
import static cn.certsift.jobs.samples.BrokenRow.unbalancedQuote;
import static cn.certsift.jobs.samples.BrokenRow.unreadable;
import static cn.certsift.jobs.samples.Column.extra;
import static cn.certsift.jobs.samples.Column.field;

import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.common.source.Department;
import cn.certsift.common.source.SourceKind;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the bundled sample ({@code --formats mixed}): every format, encoding and header style
 * the data contract allows, harmless noise in the values, and a few broken rows per source. Which
 * file exercises what is listed in {@code data-samples/README.md}.
 */
final class MixedFiles implements FilePlan {

    private static final double NOISE = 0.12;
    private static final int MEM_SPECIAL_IN_WORKBOOK = 75;
    private static final int SAMR_IN_WORKBOOK = 65;
    private static final long ROUTE_STREAM = 7;
    /** 蓬江区 and 江海区, 新会区, 台山市 and 开平市, 鹤山市 and 恩平市. */
    private static final int[] ROSTER_FILE_OF_DISTRICT = {0, 0, 1, 2, 2, 3, 3};

    private final long seed;
    private final List<SourceFile> all = new ArrayList<>();
    private final SourceFile memWorkbook;
    private final SourceFile memCsv;
    private final SourceFile mohurdGbk;
    private final SourceFile samrXls;
    private final SourceFile samrCsv;
    private final List<SourceFile> rosterByDistrict = new ArrayList<>();
    private final SourceFile trainingCsv;
    private final SourceFile trainingWorkbook;

    MixedFiles(Path folder, GeneratorSettings settings, HeaderDictionary dictionary) throws IOException {
        this.seed = settings.seed();
        LocalDate exported = settings.runDate().minusDays(1);
        memWorkbook = open(folder, settings, dictionary, new FileLayout("registry_mem_special_2026.xlsx", REGISTRY_MEM,
                FileFormat.XLSX, List.of(settings.runDate().getYear() + "年江门市特种作业操作证持证人员名单",
                "数据来源：广东省应急管理厅　　导出日期：" + DateStyle.CHINESE.format(exported)),
                List.of(extra("序号", Column.Extra.ROW_NUMBER), field(REGISTRY_MEM, "name"), field(REGISTRY_MEM, "gender"),
                        field("身份证号码", "id_no"), field("证号", "cert_no"), field(REGISTRY_MEM, "cert_kind"),
                        field("工种", "category"), field("准操项目", "operation"), field("初次领证日期", "first_issued"),
                        field("有效期从", "valid_from"), field("有效期到", "valid_to"), field(REGISTRY_MEM, "review_due"),
                        field(REGISTRY_MEM, "reviewed_on"), field("状态", "status"), field(REGISTRY_MEM, "issuer"),
                        field(REGISTRY_MEM, "training_org_code"), field(REGISTRY_MEM, "training_org")),
                DateStyle.ISO, true, false, false, NOISE, List.of(missing("id_no"), blankLines()), 0));
        memCsv = open(folder, settings, dictionary, new FileLayout("registry_mem_2026_supplement.csv", REGISTRY_MEM,
                FileFormat.CSV_UTF8, List.of(), contractColumns(REGISTRY_MEM), DateStyle.DOT, false, false, false, NOISE,
                List.of(repeatedHeader(), unbalancedQuote(), missing("name"), blankLines()), 0));
        mohurdGbk = open(folder, settings, dictionary, new FileLayout("registry_mohurd_2026_gbk.csv", REGISTRY_MOHURD,
                FileFormat.CSV_GBK, List.of("江门市建筑施工特种作业人员证书信息导出（" + exported.getYear() + "年"
                + exported.getMonthValue() + "月）"),
                List.of(field(REGISTRY_MOHURD, "cert_no"), field(REGISTRY_MOHURD, "name"), field(REGISTRY_MOHURD, "id_no"),
                        field(REGISTRY_MOHURD, "gender"), field(REGISTRY_MOHURD, "cert_kind"), field(REGISTRY_MOHURD, "category"),
                        field("准操项目", "operation"), field(REGISTRY_MOHURD, "first_issued"),
                        field("有效期开始日期", "valid_from"), field("有效期截止日期", "valid_to"),
                        field(REGISTRY_MOHURD, "status"), field(REGISTRY_MOHURD, "issuer"),
                        field(REGISTRY_MOHURD, "training_org_code"), field("培训机构名称", "training_org"),
                        extra("备注", Column.Extra.REMARK)),
                DateStyle.CHINESE, false, false, true, NOISE,
                List.of(unreadable("valid_to", "2024-02-30"), blankLines(), missing("id_no"),
                        unreadable("valid_from", "2025-13-01")), 0));
        samrXls = open(folder, settings, dictionary, new FileLayout("registry_samr_2026.xls", REGISTRY_SAMR, FileFormat.XLS,
                List.of("特种设备作业人员证书信息表"), replace(contractColumns(REGISTRY_SAMR), field("项目代号", "operation")),
                DateStyle.ISO, true, false, false, NOISE, List.of(missing("status"), blankLines()), 0));
        samrCsv = open(folder, settings, dictionary, new FileLayout("registry_samr_2026_export.csv", REGISTRY_SAMR,
                FileFormat.CSV_UTF8_BOM, List.of(),
                REGISTRY_SAMR.fields().stream().filter(f -> !f.name().startsWith("review"))
                        .map(f -> field(f.name(), f.name())).toList(),
                DateStyle.COMPACT, false, false, true, NOISE,
                List.of(missing("cert_kind"), unreadable("valid_from", "2023-02-29")), 0));

        rosterByDistrict.add(open(folder, settings, dictionary, new FileLayout("roster_pengjiang_jianghai_2026.xlsx", ROSTER,
                FileFormat.XLSX, List.of(settings.runDate().getYear() + "年用工单位从业人员花名册（蓬江区、江海区）",
                "填报说明：离职人员请填写离职日期，不要删除"),
                List.of(extra("序号", Column.Extra.ROW_NUMBER), field("单位全称", "employer_name"),
                        field("信用代码", "employer_uscc"), field("区县", "district"), field("行业", "industry"),
                        field(ROSTER, "name"), field("身份证号码", "id_no"), field("工种", "post"),
                        field("用工方式", "employment"), field("证号", "cert_no"), field("持证类别", "cert_category"),
                        field("入职时间", "hired_on"), field("离职时间", "left_on"), extra("备注", Column.Extra.REMARK)),
                DateStyle.ISO, true, false, false, NOISE, List.of(missing("post"), repeatedHeader(), blankLines()), 0)));
        rosterByDistrict.add(open(folder, settings, dictionary, new FileLayout("roster_xinhui_2026.csv", ROSTER,
                FileFormat.CSV_UTF8_BOM, List.of(),
                List.of(field("统一社会信用代码*", "employer_uscc"), field(" 单位名称 ", "employer_name"),
                        field(ROSTER, "district"), field(ROSTER, "industry"), field("姓\u3000名", "name"),
                        field("身份证号＊", "id_no"), field(ROSTER, "post"), field(ROSTER, "employment"),
                        field(ROSTER, "cert_no"), field(ROSTER, "cert_category"), field(ROSTER, "hired_on"),
                        field(ROSTER, "left_on")),
                DateStyle.SLASH, false, false, true, NOISE,
                List.of(unbalancedQuote(), repeatedHeader(), blankLines(), missing("id_no")), 2)));
        SourceFile taishanKaiping = open(folder, settings, dictionary, new FileLayout("roster_taishan_kaiping_gbk.csv", ROSTER,
                FileFormat.CSV_GBK, List.of("台山市、开平市用工单位花名册汇总"),
                List.of(field(ROSTER, "employer_name"), field(ROSTER, "employer_uscc"), field(ROSTER, "district"),
                        field(ROSTER, "name"), field("公民身份号码", "id_no"), field("岗位名称", "post"),
                        field(ROSTER, "cert_no"), field(ROSTER, "hired_on"), field(ROSTER, "left_on")),
                DateStyle.ISO, false, false, true, NOISE, List.of(missing("employer_uscc"), blankLines()), 0));
        rosterByDistrict.add(taishanKaiping);
        SourceFile heshanEnping = open(folder, settings, dictionary, new FileLayout("roster_heshan_enping_2026.xls", ROSTER,
                FileFormat.XLS, List.of("鹤山市、恩平市从业人员花名册", "（" + settings.runDate().getYear() + "年第四季度）"),
                contractColumns(ROSTER), DateStyle.ISO, true, false, false, NOISE, List.of(missing("name")), 0));
        rosterByDistrict.add(heshanEnping);

        trainingCsv = open(folder, settings, dictionary, new FileLayout("training_records_2026.csv", TRAINING,
                FileFormat.CSV_UTF8_BOM, List.of(),
                replace(replace(replace(contractColumns(TRAINING), field("培训学时（小时）", "hours")),
                        field("理论考试成绩", "theory_score")), field("实操考试成绩", "practical_score")),
                DateStyle.ISO, false, true, true, NOISE,
                List.of(unreadable("hours", "待定"), missing("class_id"), repeatedHeader()), 0));
        trainingWorkbook = open(folder, settings, dictionary, new FileLayout("training_archive_2026.xlsx", TRAINING,
                FileFormat.XLSX, List.of("培训考试档案（建设类）"),
                List.of(field("培训机构统一社会信用代码", "training_org_code"), field(TRAINING, "training_org"),
                        field("区划代码", "org_division"), field("培训班编号", "class_id"), field(TRAINING, "name"),
                        field("身份证号码", "id_no"), field("手机号码", "phone"), field(TRAINING, "category"),
                        field(TRAINING, "operation"), field("开班日期", "train_start"), field("结业日期", "train_end"),
                        field("学时", "hours"), field(TRAINING, "exam_date"), field(TRAINING, "exam_site"),
                        field(TRAINING, "theory_score"), field(TRAINING, "practical_score"), field("考核结果", "passed"),
                        field(TRAINING, "cert_no")),
                DateStyle.ISO, true, false, false, NOISE, List.of(unreadable("train_end", "2025-04-31"), blankLines()), 0));
    }

    private SourceFile open(Path folder, GeneratorSettings settings, HeaderDictionary dictionary, FileLayout layout)
            throws IOException {
        SourceFile file = new SourceFile(folder, layout, dictionary, settings.seed(), settings.runDate());
        all.add(file);
        return file;
    }

    private static List<Column> contractColumns(SourceKind kind) {
        return kind.fields().stream().map(f -> field(kind, f.name())).toList();
    }

    /** The columns with the one holding the same field replaced. */
    private static List<Column> replace(List<Column> columns, Column replacement) {
        return columns.stream().map(c -> replacement.field().equals(c.field()) ? replacement : c).toList();
    }

    @Override
    public List<SourceFile> files() {
        return all;
    }

    @Override
    public SourceFile registryFile(Certificate certificate) {
        int route = Dice.of(seed, ROUTE_STREAM, certificate.holder().index()).below(100);
        Department department = certificate.department();
        return switch (department) {
            case MEM -> certificate.primaryType().numberPrefix().equals("T") && route < MEM_SPECIAL_IN_WORKBOOK
                    ? memWorkbook : memCsv;
            case MOHURD -> mohurdGbk;
            case SAMR -> route < SAMR_IN_WORKBOOK ? samrXls : samrCsv;
        };
    }

    @Override
    public SourceFile rosterFile(Employer employer) {
        return rosterByDistrict.get(ROSTER_FILE_OF_DISTRICT[Regions.DISTRICTS.indexOf(employer.district())]);
    }

    @Override
    public SourceFile trainingFile(Institution institution) {
        return institution.department() == Department.MOHURD ? trainingWorkbook : trainingCsv;
    }
}
