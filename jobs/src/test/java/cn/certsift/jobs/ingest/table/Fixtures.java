package cn.certsift.jobs.ingest.table;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Access to the small edge-case files under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture " + name, e);
        }
    }

    public static List<RawRow> rows(TableReader reader) throws IOException, NotATableException {
        List<RawRow> rows = new ArrayList<>();
        reader.read(row -> rows.add(row));
        return rows;
    }

    public static List<RawRow> rows(Path file) throws IOException, NotATableException {
        return rows(TableFormat.open(file));
    }
}
