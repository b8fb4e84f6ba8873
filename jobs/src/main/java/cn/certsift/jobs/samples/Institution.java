package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

import java.util.List;
import java.util.Set;

/**
 * A training institution: it trains for the certificates of one department.
 *
 * @param tag     short code used in its class numbers
 * @param weight  its size relative to the department's other institutions
 * @param phones  the few numbers its trainees share when planted with {@link InstitutionSignal#SHARED_PHONES}
 */
record Institution(int index, String code, String name, Regions.District district, Department department,
                   Set<InstitutionSignal> signals, double weight, String tag, String examSite, List<String> phones) {

    boolean has(InstitutionSignal signal) {
        return signals.contains(signal);
    }

    boolean planted() {
        return !signals.isEmpty();
    }
}
