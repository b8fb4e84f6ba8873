package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

/**
 * One kind of registry row: department, 证书类型, 作业类别 and 操作项目, how its number is formed, how long
 * it is valid, how often it is reviewed, and how many hours its training takes.
 *
 * @param numberPrefix for ID-based numbers, what precedes the holder's ID number (T, A, C, or nothing for SAMR)
 * @param mohurdCode   for construction certificates, the 2-digit category in the number; null otherwise
 * @param reviewYears  years between reviews (应复审日期), 0 when the certificate is not reviewed
 */
record CertificateType(Department department, String kind, String category, String operation, String numberPrefix,
                       String mohurdCode, int validityYears, int reviewYears, int trainingHours, String issuer) {

    boolean idBasedNumber() {
        return mohurdCode == null;
    }

    /** Whether two types are written under one certificate number (same department scheme and holder). */
    boolean sharesNumberWith(CertificateType other) {
        return idBasedNumber() && other.idBasedNumber() && department == other.department
                && numberPrefix.equals(other.numberPrefix) && validityYears == other.validityYears;
    }

    /** The category and item as an inspector reads them: {@code 电工作业(低压电工作业)}. */
    String label() {
        return operation == null ? category : category + "(" + operation + ")";
    }
}
