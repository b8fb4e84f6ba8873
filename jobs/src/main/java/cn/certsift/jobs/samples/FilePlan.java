package cn.certsift.jobs.samples;

import java.io.IOException;
import java.util.List;

/** Which files a sample has, and which file each registry certificate, roster row and training record goes to. */
interface FilePlan {

    List<SourceFile> files();

    SourceFile registryFile(Certificate certificate);

    SourceFile rosterFile(Employer employer);

    SourceFile trainingFile(Institution institution);

    /** Plants what broken rows are left and closes every file. */
    default void finish() throws IOException {
        for (SourceFile file : files()) {
            file.finish();
        }
    }
}
