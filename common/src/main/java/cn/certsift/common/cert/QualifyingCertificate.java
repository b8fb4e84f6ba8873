package cn.certsift.common.cert;

import cn.certsift.common.source.Department;
import cn.certsift.common.text.Normalize;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of registry certificate that allows work in a post: a department, optionally a certificate
 * type, and the category or item names (or item codes) registries use for it.
 */
public record QualifyingCertificate(Department department, String kind, List<String> categories, Set<String> labels)
        implements Serializable {

    /** @param categories the names as conf/posts.yml writes them; their comparison labels are derived once */
    public QualifyingCertificate(Department department, String kind, List<String> categories) {
        this(department, kind, List.copyOf(categories),
                categories.stream().map(QualifyingCertificate::label).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Whether a registry row is such a certificate. The row's labels are its category, its operation
     * item, and the two combined as {@code 作业类别(操作项目)}; one of them must equal a listed name.
     */
    public boolean qualifies(Department rowDepartment, String rowKind, String category, String operation) {
        if (department != null && department != rowDepartment) {
            return false;
        }
        if (kind != null && !label(kind).equals(label(rowKind))) {
            return false;
        }
        String cat = label(category);
        String op = label(operation);
        return cat != null && labels.contains(cat)
                || op != null && labels.contains(op)
                || cat != null && op != null && labels.contains(cat + "(" + op + ")");
    }

    /** Labels compare without spaces, width or case: {@code 建筑起重机械司机（塔式起重机）} = {@code 建筑起重机械司机(塔式起重机)}. */
    static String label(String value) {
        return Normalize.code(value);
    }

    /** How the certificate reads in evidence sentences: {@code 应急管理部门 电工作业}. */
    public String describe() {
        String prefix = department == null ? "" : department.chineseName() + " ";
        return prefix + (kind == null ? "" : kind + " ") + String.join("/", categories);
    }
}
