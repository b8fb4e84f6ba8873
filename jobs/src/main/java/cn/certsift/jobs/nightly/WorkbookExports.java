package cn.certsift.jobs.nightly;

import cn.certsift.jobs.export.InspectorWorkbooks.DistrictExport;

import java.nio.file.Path;
import java.util.List;

/**
 * What exportFindingsStep wrote, passed to recordCasesStep through the job's context (a line per
 * district workbook: district, file, rows): small, and kept across a restart of the later step.
 */
final class WorkbookExports {

    static final String CONTEXT_KEY = "inspectorWorkbooks";
    private static final String HEADER = "export step execution ";

    private WorkbookExports() {
    }

    record Exported(String reference, List<DistrictExport> workbooks) {
    }

    static String describe(List<DistrictExport> workbooks, long stepExecutionId) {
        StringBuilder text = new StringBuilder(HEADER).append(stepExecutionId);
        for (DistrictExport workbook : workbooks) {
            text.append('\n').append(workbook.district()).append('\t').append(workbook.file()).append('\t')
                    .append(workbook.openFindings());
        }
        return text.toString();
    }

    static Exported read(String description) {
        List<String> lines = description.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
            throw new IllegalStateException("the job context's " + CONTEXT_KEY + " is not an export description: " + description);
        }
        String reference = "export:" + lines.get(0).substring(HEADER.length());
        return new Exported(reference, lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1))
                .map(cells -> new DistrictExport(cells[0], Path.of(cells[1]), Long.parseLong(cells[2]))).toList());
    }
}
