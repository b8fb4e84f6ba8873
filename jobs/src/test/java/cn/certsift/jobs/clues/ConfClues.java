package cn.certsift.jobs.clues;

import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.clue.ClueSettings;
import cn.certsift.jobs.config.ConfFiles;

/** The screening settings of the repository's conf/clues.yml, bound as the application binds them, without starting it. */
public final class ConfClues {

    private static ClueSettings settings;

    private ConfClues() {
    }

    public static synchronized ClueSettings settings() {
        if (settings == null) {
            settings = ConfFiles.bind("clues.yml", "certsift.clues", ClueSettings.class);
        }
        return settings;
    }

    public static ClueScreens screens() {
        return ClueScreens.of(settings());
    }
}
