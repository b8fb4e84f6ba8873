package cn.certsift.common.finding;

import cn.certsift.common.source.Department;

import java.io.Serializable;

/**
 * A finding raised on a roster row: its stable id, which rule, how severe, the sentence of registry
 * facts behind it, and the registry certificate it was matched against, if any.
 */
public record Finding(String findingId, String code, String chineseName, Severity severity, String evidence, Department matchedDepartment,
                      String matchedCertNo) implements Serializable {
}
