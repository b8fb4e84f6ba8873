package cn.certsift.common.source;

import static cn.certsift.common.source.FieldSpec.optional;
import static cn.certsift.common.source.FieldSpec.required;
import static cn.certsift.common.source.FieldType.CODE;
import static cn.certsift.common.source.FieldType.CREDIT_CODE;
import static cn.certsift.common.source.FieldType.DATE;
import static cn.certsift.common.source.FieldType.HOURS;
import static cn.certsift.common.source.FieldType.ID_NUMBER;
import static cn.certsift.common.source.FieldType.NAME;
import static cn.certsift.common.source.FieldType.PHONE;
import static cn.certsift.common.source.FieldType.PROSE;
import static cn.certsift.common.source.FieldType.SCORE;
import static cn.certsift.common.source.FieldType.TEXT;
import static cn.certsift.common.source.FieldType.VALIDITY_END;
import static cn.certsift.common.source.FieldType.WEB_ADDRESS;

import java.util.List;
import java.util.Optional;

/**
 * The input sources and their columns: the five of the data contract (section 2), and the web
 * addresses and online listings that market supervision and cyberspace offices collect.
 */
public enum SourceKind {
    REGISTRY_MEM("registry_mem", "应急管理部门证书库", Department.MEM, Fields.REGISTRY),
    REGISTRY_MOHURD("registry_mohurd", "住房城乡建设部门证书库", Department.MOHURD, Fields.REGISTRY),
    REGISTRY_SAMR("registry_samr", "市场监管部门证书库", Department.SAMR, Fields.REGISTRY),
    ROSTER("roster", "用工单位从业人员花名册", null, Fields.ROSTER),
    TRAINING("training", "培训考试档案", null, Fields.TRAINING),
    DOMAINS("domains", "网址监测记录", null, Fields.DOMAINS),
    /** A listing is screened on its title and its text: a row needs at least one of them. */
    LISTINGS("listings", "网络信息监测记录", null, Fields.LISTINGS, List.of("title", "body"));

    private final String id;
    private final String chineseName;
    private final Department department;
    private final List<FieldSpec> fields;
    private final List<String> oneRequired;

    SourceKind(String id, String chineseName, Department department, List<FieldSpec> fields) {
        this(id, chineseName, department, fields, List.of());
    }

    SourceKind(String id, String chineseName, Department department, List<FieldSpec> fields, List<String> oneRequired) {
        this.id = id;
        this.chineseName = chineseName;
        this.department = department;
        this.fields = fields;
        this.oneRequired = oneRequired;
    }

    /** The name used for files, folders and the run summary ({@code registry_mem}, {@code roster} …). */
    public String id() {
        return id;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The department of a registry, empty for rosters and training records. */
    public Optional<Department> department() {
        return Optional.ofNullable(department);
    }

    public boolean isRegistry() {
        return department != null;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public List<FieldSpec> requiredFields() {
        return fields.stream().filter(FieldSpec::required).toList();
    }

    /**
     * Optional fields of which a header must name at least one and a row must fill at least one
     * (a listing's 标题 or 正文); empty for sources without such a choice.
     */
    public List<FieldSpec> oneRequired() {
        return oneRequired.stream().map(name -> fields.get(indexOf(name))).toList();
    }

    public int indexOf(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id + " has no field " + fieldName);
    }

    /** The five sources of the data contract (section 2): registries, rosters and training records. */
    public static List<SourceKind> contractSources() {
        return List.of(REGISTRY_MEM, REGISTRY_MOHURD, REGISTRY_SAMR, ROSTER, TRAINING);
    }

    public static Optional<SourceKind> byId(String id) {
        for (SourceKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Column lists, kept apart so the enum constants can share them. */
    private static final class Fields {
        static final List<FieldSpec> REGISTRY = List.of(
                required("cert_no", "证书编号", CODE),
                required("name", "姓名", NAME),
                required("id_no", "身份证号", ID_NUMBER),
                optional("gender", "性别", TEXT),
                required("cert_kind", "证书类型", TEXT),
                required("category", "作业类别", TEXT),
                optional("operation", "操作项目", CODE),
                optional("first_issued", "初领日期", DATE),
                required("valid_from", "有效期起", DATE),
                required("valid_to", "有效期止", VALIDITY_END),
                optional("review_due", "应复审日期", DATE),
                optional("reviewed_on", "复审日期", DATE),
                required("status", "证书状态", TEXT),
                optional("issuer", "发证机关", TEXT),
                optional("training_org_code", "培训机构代码", CREDIT_CODE),
                optional("training_org", "培训机构", TEXT));

        static final List<FieldSpec> ROSTER = List.of(
                required("employer_uscc", "统一社会信用代码", CREDIT_CODE),
                required("employer_name", "单位名称", TEXT),
                required("district", "所属区县", TEXT),
                optional("industry", "行业类别", TEXT),
                required("name", "姓名", NAME),
                required("id_no", "身份证号", ID_NUMBER),
                required("post", "岗位", TEXT),
                optional("employment", "用工形式", TEXT),
                optional("cert_no", "证书编号", CODE),
                optional("cert_category", "持证作业类别", TEXT),
                optional("hired_on", "入职日期", DATE),
                optional("left_on", "离职日期", DATE));

        static final List<FieldSpec> TRAINING = List.of(
                required("training_org_code", "培训机构代码", CREDIT_CODE),
                required("training_org", "培训机构名称", TEXT),
                optional("org_division", "机构所在地区划代码", CODE),
                required("class_id", "班级编号", CODE),
                required("name", "学员姓名", NAME),
                required("id_no", "身份证号", ID_NUMBER),
                optional("phone", "联系电话", PHONE),
                required("category", "作业类别", TEXT),
                optional("operation", "操作项目", CODE),
                required("train_start", "培训开始日期", DATE),
                required("train_end", "培训结束日期", DATE),
                required("hours", "培训学时", HOURS),
                optional("exam_date", "考试日期", DATE),
                optional("exam_site", "考点", TEXT),
                optional("theory_score", "理论成绩", SCORE),
                optional("practical_score", "实操成绩", SCORE),
                optional("passed", "考试结果", TEXT),
                optional("cert_no", "证书编号", CODE));

        static final List<FieldSpec> DOMAINS = List.of(
                required("url", "网址", WEB_ADDRESS),
                optional("seen_on", "发现日期", DATE),
                optional("origin", "来源", TEXT),
                optional("remark", "备注", PROSE));

        static final List<FieldSpec> LISTINGS = List.of(
                optional("platform", "平台", TEXT),
                optional("title", "标题", PROSE),
                optional("body", "正文", PROSE),
                required("link", "链接", TEXT),
                optional("seller", "卖家", PROSE),
                optional("contact", "联系方式", PROSE),
                optional("seen_on", "发现日期", DATE));

        private Fields() {
        }
    }
}
