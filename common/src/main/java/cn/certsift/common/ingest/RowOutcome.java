package cn.certsift.common.ingest;

import java.util.List;

/** What became of one data row: accepted in normalised form, or rejected with its problems. */
public sealed interface RowOutcome {

    record Accepted(NormalizedRow row) implements RowOutcome {
    }

    record Rejected(List<RowProblem> problems) implements RowOutcome {

        public String reasonZh() {
            return RowProblem.joinZh(problems);
        }

        public String reasonEn() {
            return RowProblem.joinEn(problems);
        }
    }
}
