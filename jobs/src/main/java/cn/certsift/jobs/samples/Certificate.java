package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate in a registry: one number, one holder, and one registry row per type (a holder's MEM
 * special-operations card covers every category under the same number).
 *
 * @param training where the holder was trained for it, or null when the registry names no institution
 */
record Certificate(String number, List<CertificateType> types, Person holder, CertState state, LocalDate firstIssued,
                   LocalDate validFrom, LocalDate validTo, LocalDate reviewDue, LocalDate reviewedOn, String status,
                   TrainingPlacement training) {

    static final String VALID = "有效";

    Certificate {
        types = List.copyOf(types);
    }

    Department department() {
        return types.get(0).department();
    }

    CertificateType primaryType() {
        return types.get(0);
    }

    /** How an employer who believes it covers the post writes its category in 持证作业类别. */
    String categoryLabel() {
        return primaryType().category();
    }
}
