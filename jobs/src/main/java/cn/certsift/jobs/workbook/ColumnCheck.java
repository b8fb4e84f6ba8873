package cn.certsift.jobs.workbook;

import java.util.function.Function;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;

/**
 * A drop-down or a check on what people type into a list column, over the whole column below the
 * header, so rows an inspector adds get it too; the title and message show as the prompt and the error.
 */
public record ColumnCheck(Function<DataValidationHelper, DataValidationConstraint> constraint, String title, String message) {
}
