package cn.certsift.jobs.institutions;

import cn.certsift.common.institution.InstitutionMeasures;
import cn.certsift.common.institution.InstitutionSignal;
import cn.certsift.common.institution.RankedInstitution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * Between Spark rows and the domain: the measured signals of {@link InstitutionSignalsStage} become
 * {@link InstitutionMeasures} for the ranking, and the ranking becomes rows of {@link InstitutionColumns}
 * (with their schema, so they can be read by name) with each signal rounded to four decimals.
 */
public final class InstitutionRows {

    private static final double DECIMALS = 10_000;

    private InstitutionRows() {
    }

    public static List<InstitutionMeasures> measures(List<Row> measured) {
        List<InstitutionMeasures> institutions = new ArrayList<>(measured.size());
        for (Row row : measured) {
            Map<InstitutionSignal, Double> values = new EnumMap<>(InstitutionSignal.class);
            for (InstitutionSignal signal : InstitutionSignal.values()) {
                Object value = row.getAs(signal.column());
                if (value != null) {
                    values.put(signal, (Double) value);
                }
            }
            institutions.add(new InstitutionMeasures(row.getAs(InstitutionSignalsStage.CODE), row.getAs(InstitutionSignalsStage.NAME),
                    values));
        }
        return institutions;
    }

    public static List<Row> of(List<RankedInstitution> ranked) {
        List<Row> rows = new ArrayList<>(ranked.size());
        for (RankedInstitution institution : ranked) {
            Object[] cells = new Object[InstitutionColumns.OUTPUT.size()];
            cells[0] = institution.code();
            cells[1] = institution.name();
            cells[2] = institution.riskScore();
            cells[3] = institution.rank();
            for (InstitutionSignal signal : InstitutionSignal.values()) {
                Double value = institution.values().get(signal);
                cells[4 + signal.ordinal()] = value == null ? null : Math.round(value * DECIMALS) / DECIMALS;
            }
            cells[cells.length - 1] = institution.evidence();
            rows.add(new GenericRowWithSchema(cells, InstitutionColumns.SCHEMA));
        }
        return rows;
    }
}
