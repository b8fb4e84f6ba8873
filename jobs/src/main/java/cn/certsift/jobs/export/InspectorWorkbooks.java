package cn.certsift.jobs.export;

import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.io.Publish;
import cn.certsift.jobs.workbook.FileTitle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.spark.sql.Row;

/**
 * {@code inspectors/<district>.xlsx}: one workbook per district holding only that district's findings.
 * ID numbers — and the certificate numbers and evidence that carry them — are masked unless the
 * configuration says inspectors see them in full.
 */
public final class InspectorWorkbooks {

    static final String UNKNOWN_DISTRICT = "未知区县";

    private final boolean fullIdNumbers;
    private final InspectorColumns inspectorColumns;
    private final LocalDate runDate;

    /** @param runDate the run the findings come from, printed at the foot of every page */
    public InspectorWorkbooks(boolean fullIdNumbers, InspectorColumns inspectorColumns, LocalDate runDate) {
        this.fullIdNumbers = fullIdNumbers;
        this.inspectorColumns = inspectorColumns;
        this.runDate = runDate;
    }

    /** One district's workbook: the district as the findings name it, the published file, its open findings. */
    public record DistrictExport(String district, Path file, long openFindings) {
    }

    /** Writes the workbooks from findings sorted by district; returns what each district's workbook holds. */
    public List<DistrictExport> write(Iterator<Row> findingsByDistrict, Path folder) throws IOException {
        Path staged = Publish.staged(folder);
        Folders.deleteRecursively(staged);
        Files.createDirectories(staged);
        List<DistrictExport> written = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        String district = null;
        DistrictWorkbook workbook = null;
        try {
            while (findingsByDistrict.hasNext()) {
                Row finding = findingsByDistrict.next();
                String rowDistrict = finding.getAs("district");
                if (workbook == null || !Objects.equals(district, rowDistrict)) {
                    if (workbook != null) {
                        finish(workbook, staged, folder, district, usedNames, written);
                    }
                    district = rowDistrict;
                    workbook = new DistrictWorkbook(fullIdNumbers, inspectorColumns, new FileTitle(
                            (rowDistrict == null ? UNKNOWN_DISTRICT : rowDistrict) + "证书比对问题清单", runDate));
                }
                workbook.add(finding);
            }
            if (workbook != null) {
                finish(workbook, staged, folder, district, usedNames, written);
                workbook = null;
            }
        } finally {
            if (workbook != null) {
                workbook.close();
            }
        }
        Publish.replace(staged, folder);
        return written;
    }

    private static void finish(DistrictWorkbook workbook, Path staged, Path folder, String district, Set<String> usedNames,
                               List<DistrictExport> written) throws IOException {
        try (workbook) {
            String name = WindowsFileNames.safe(district, UNKNOWN_DISTRICT);
            String unique = name;
            for (int n = 2; !usedNames.add(unique); n++) {
                unique = name + "_" + n;
            }
            workbook.writeTo(staged.resolve(unique + ".xlsx"));
            written.add(new DistrictExport(district == null ? UNKNOWN_DISTRICT : district, folder.resolve(unique + ".xlsx"),
                    workbook.openFindings()));
        }
    }
}
