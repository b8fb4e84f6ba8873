package cn.certsift.jobs.samples;

import cn.certsift.common.cert.PostRequirement;
import cn.certsift.common.source.Department;

import java.util.List;

/**
 * The registry rows the generator can issue. Which of them qualify for which post is not decided here
 * but by the post table of {@code conf/posts.yml}, the same table matching uses.
 */
final class CertificateTypes {

    private static final String SPECIAL = "特种作业操作证";
    private static final String SAFETY = "安全生产知识和管理能力考核合格证";
    private static final String CONSTRUCTION = "建筑施工特种作业操作资格证";
    private static final String CONSTRUCTION_SAFETY = "建筑施工企业安全生产管理人员考核合格证";
    private static final String EQUIPMENT = "特种设备安全管理和作业人员证";
    private static final String MEM_PROVINCE = "广东省应急管理厅";
    private static final String MEM_CITY = "江门市应急管理局";
    private static final String MOHURD_PROVINCE = "广东省住房和城乡建设厅";
    private static final String SAMR_CITY = "江门市市场监督管理局";

    static final List<CertificateType> ALL = List.of(
            special("电工作业", "低压电工作业", 88), special("电工作业", "高压电工作业", 88),
            special("电工作业", "防爆电气作业", 72),
            special("焊接与热切割作业", "熔化焊接与热切割作业", 88), special("焊接与热切割作业", "压力焊作业", 72),
            special("高处作业", "登高架设作业", 72), special("高处作业", "高处安装、维护、拆除作业", 72),
            special("制冷与空调作业", "制冷与空调设备运行操作作业", 72),
            special("制冷与空调作业", "制冷与空调设备安装修理作业", 72),
            special("危险化学品安全作业", "氯碱电解工艺作业", 80), special("危险化学品安全作业", "加氢工艺作业", 80),
            special("烟花爆竹安全作业", "烟火药制造作业", 64),
            special("金属非金属矿山安全作业", "金属非金属矿山支柱作业", 64),
            new CertificateType(Department.MEM, SAFETY, "安全生产管理人员", "一般行业", "C", null, 3, 0, 48, MEM_CITY),
            new CertificateType(Department.MEM, SAFETY, "主要负责人", "一般行业", "A", null, 3, 0, 48, MEM_CITY),
            construction("建筑电工", null, "01"),
            construction("建筑架子工", "普通脚手架", "02"), construction("建筑架子工", "附着升降脚手架", "03"),
            construction("建筑起重信号司索工", null, "04"),
            construction("建筑起重机械司机", "塔式起重机", "05"), construction("建筑起重机械司机", "施工升降机", "06"),
            construction("建筑起重机械安装拆卸工", "塔式起重机", "08"),
            construction("高处作业吊篮安装拆卸工", null, "13"),
            new CertificateType(Department.MOHURD, CONSTRUCTION_SAFETY, "专职安全生产管理人员", "C2", null, "21", 3, 0, 40,
                    MOHURD_PROVINCE),
            new CertificateType(Department.MOHURD, CONSTRUCTION_SAFETY, "项目负责人", "B证", null, "22", 3, 0, 40,
                    MOHURD_PROVINCE),
            equipment("起重机指挥", "Q1", 40), equipment("起重机司机", "Q2", 48), equipment("叉车司机", "N1", 40),
            equipment("电梯修理", "T", 56), equipment("工业锅炉司炉", "G1", 56), equipment("特种设备安全管理", "A", 32),
            equipment("快开门式压力容器操作", "R1", 32));

    private CertificateTypes() {
    }

    static List<CertificateType> of(Department department) {
        return ALL.stream().filter(type -> type.department() == department).toList();
    }

    static List<CertificateType> qualifyingFor(PostRequirement post) {
        return ALL.stream().filter(type -> qualifies(post, type)).toList();
    }

    static List<CertificateType> notQualifyingFor(PostRequirement post) {
        return ALL.stream().filter(type -> !qualifies(post, type)).toList();
    }

    static boolean qualifies(PostRequirement post, CertificateType type) {
        return post.isQualifiedBy(type.department(), type.kind(), type.category(), type.operation());
    }

    static int indexOf(CertificateType type) {
        return ALL.indexOf(type);
    }

    private static CertificateType special(String category, String operation, int hours) {
        return new CertificateType(Department.MEM, SPECIAL, category, operation, "T", null, 6, 3, hours, MEM_PROVINCE);
    }

    private static CertificateType construction(String category, String operation, String code) {
        return new CertificateType(Department.MOHURD, CONSTRUCTION, category, operation, null, code, 2, 0, 64,
                MOHURD_PROVINCE);
    }

    private static CertificateType equipment(String category, String item, int hours) {
        return new CertificateType(Department.SAMR, EQUIPMENT, category, item, "", null, 4, 0, hours, SAMR_CITY);
    }
}
