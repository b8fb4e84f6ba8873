package cn.certsift.jobs.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What inspectors reported for one case: the six columns they fill in. */
public record Verification(VerificationResult result, String measure, BigDecimal fineYuan, String inspector,
                           LocalDate verifiedOn, String remarks) {

    /** The same report, whatever the scale of the amount (5000 and 5000.00 yuan are one fine). */
    public boolean sameAs(Verification other) {
        return other != null && result == other.result && Objects.equals(measure, other.measure)
                && (fineYuan == null ? other.fineYuan == null : other.fineYuan != null && fineYuan.compareTo(other.fineYuan) == 0)
                && Objects.equals(inspector, other.inspector) && Objects.equals(verifiedOn, other.verifiedOn)
                && Objects.equals(remarks, other.remarks);
    }
}
