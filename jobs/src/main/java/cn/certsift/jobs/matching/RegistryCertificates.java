package cn.certsift.jobs.matching;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.certsift.common.source.SourceKind;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Stage: the certificate rows of the three department registries as one Dataset, each row carrying its
 * department, so that every roster row is judged against all registries at once.
 */
public final class RegistryCertificates {

    /** The registry columns matching uses, in the order of the certificate struct. */
    public static final List<String> COLUMNS = List.of("department", "cert_no", "name", "id_no", "cert_kind", "category",
            "operation", "valid_from", "valid_to", "review_due", "reviewed_on", "status", "training_org_code", "training_org");

    private RegistryCertificates() {
    }

    public static Dataset<Row> union(Dataset<Row> mem, Dataset<Row> mohurd, Dataset<Row> samr) {
        return union(departments(mem, mohurd, samr));
    }

    /** @param departments {@link #departments} */
    public static Dataset<Row> union(List<Dataset<Row>> departments) {
        return departments.stream().reduce(Dataset::unionByName).orElseThrow();
    }

    /**
     * The three registries apart, each with its department and the columns of {@link #COLUMNS}: a stage
     * that joins each one on its own keeps the join in the scan's generated code (a union between them
     * would copy every registry row whole before the join).
     */
    public static List<Dataset<Row>> departments(Dataset<Row> mem, Dataset<Row> mohurd, Dataset<Row> samr) {
        return List.of(withDepartment(mem, SourceKind.REGISTRY_MEM), withDepartment(mohurd, SourceKind.REGISTRY_MOHURD),
                withDepartment(samr, SourceKind.REGISTRY_SAMR));
    }

    private static Dataset<Row> withDepartment(Dataset<Row> registry, SourceKind kind) {
        return registry.withColumn("department", lit(kind.department().orElseThrow().name()))
                .select(COLUMNS.stream().map(name -> col(name)).toArray(Column[]::new));
    }
}
