package cn.certsift.jobs.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code certsift.cases.*} settings of {@code conf/cases.yml}: inspectors' lists and how reports count. */
@ConfigurationProperties("certsift.cases")
public record CasesProperties(LocalDate campaignStart, List<String> measures, String fineMeasure, BigDecimal maxFineYuan,
                              Monthly monthly, Quarterly quarterly) {

    public CasesProperties {
        measures = List.copyOf(measures);
        if (!measures.stream().anyMatch(measure -> Measures.contains(measure, fineMeasure))) {
            throw new IllegalStateException("conf/cases.yml: no measure contains the fine-measure '" + fineMeasure + "'");
        }
    }

    public record Monthly(String title, List<FormColumn> columns, List<String> categories, List<FormColumn> categoryColumns) {
    }

    /**
     * One column of a monthly form: what it counts ({@link Metric}) over which cases (results, measures,
     * codes; an empty list means any), and for a manual column the note saying where the figure comes from.
     */
    public record FormColumn(String group, String label, String unit, Metric metric, List<String> results,
                             List<String> measures, List<String> codes, String note) {

        public FormColumn {
            results = results == null ? List.of() : List.copyOf(results);
            measures = measures == null ? List.of() : List.copyOf(measures);
            codes = codes == null ? List.of() : List.copyOf(codes);
            results.forEach(VerificationResult::ofLabel);
        }

        public String heading() {
            return unit == null || unit.isBlank() ? label : label + "（" + unit + "）";
        }
    }

    public enum Metric {
        /** distinct employers (credit codes) */
        EMPLOYERS,
        /** distinct persons (ID numbers) */
        PERSONS,
        CASES,
        /** the sum of fines in 10,000 yuan */
        FINE_WAN_YUAN,
        /** cases verified 属实 that a nightly run reported RESOLVED in the period */
        RECTIFIED,
        /** no data source: left empty for manual entry */
        MANUAL
    }

    public record Quarterly(List<Category> categories, int top, int typicalCases, List<String> measureGravity) {
    }

    public record Category(String label, List<String> codes) {

        public Category {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }
}
