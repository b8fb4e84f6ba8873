package cn.certsift.jobs.ingest;

import cn.certsift.jobs.nightly.RunFolders;

/** Whether tonight takes over an input file's staging from the previous run or reads the file, and why. */
sealed interface ReuseDecision {

    /** The file is unchanged since the run in {@code run}: its staging, quarantine and report there are taken over. */
    record Reuse(RunFolders run, FileReport report) implements ReuseDecision {
    }

    /** The file is read; {@code why} says in the user's terms what keeps its staging from being reused. */
    record Read(String why) implements ReuseDecision {
    }
}
