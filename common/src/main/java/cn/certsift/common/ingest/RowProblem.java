package cn.certsift.common.ingest;

/** Why a value or a row cannot be used, in plain Chinese and English, with the column it concerns. */
public record RowProblem(String field, String zh, String en) {

    /** Joins problems into the two reason texts of a quarantine record. */
    public static String joinZh(java.util.List<RowProblem> problems) {
        return String.join("；", problems.stream().map(RowProblem::zh).toList());
    }

    public static String joinEn(java.util.List<RowProblem> problems) {
        return String.join("; ", problems.stream().map(RowProblem::en).toList());
    }
}
