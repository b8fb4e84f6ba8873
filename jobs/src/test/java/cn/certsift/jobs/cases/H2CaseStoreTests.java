package cn.certsift.jobs.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case store on the default database: H2 in a file under the work folder. */
class H2CaseStoreTests extends CaseStoreContract {

    @DynamicPropertySource
    static void workFolder(DynamicPropertyRegistry registry) throws IOException {
        Path work = Files.createTempDirectory("certsift-cases");
        registry.add("certsift.work-dir", work::toString);
    }
}
