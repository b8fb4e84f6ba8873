package cn.certsift.jobs.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** Settings of one of the repository's conf/ files, bound as the application binds them, without starting it. */
public final class ConfFiles {

    private ConfFiles() {
    }

    public static <T> T bind(String file, String prefix, Class<T> type) {
        try {
            Binder binder = new Binder(ConfigurationPropertySources.from(
                    new YamlPropertySourceLoader().load(file, new FileSystemResource("../conf/" + file))));
            return binder.bind(prefix, type).orElseThrow(() -> new IllegalStateException("no " + prefix + " in ../conf/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ../conf/" + file, e);
        }
    }
}
