package cn.certsift.jobs.clues;

import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.clue.ClueSettings;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** The screening settings of the repository's conf/clues.yml, bound as the application binds them, without starting it. */
public final class ConfClues {

    private static ClueSettings settings;

    private ConfClues() {
    }

    public static synchronized ClueSettings settings() {
        if (settings == null) {
            try {
                Binder binder = new Binder(ConfigurationPropertySources.from(
                        new YamlPropertySourceLoader().load("clues.yml", new FileSystemResource("../conf/clues.yml"))));
                settings = binder.bind("certsift.clues", ClueSettings.class).get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ../conf/clues.yml", e);
            }
        }
        return settings;
    }

    public static ClueScreens screens() {
        return ClueScreens.of(settings());
    }
}
