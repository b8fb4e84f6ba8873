package cn.certsift.jobs.samples;

import cn.certsift.jobs.config.CertSiftProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads the header synonym table and the post table of {@code conf/} without starting an application
 * context, so that the generator writes only headers the ingest recognises and plants findings by the
 * same post table matching uses.
 */
public final class SampleTables {

    private static final List<String> FILES = List.of("headers.yml", "posts.yml");

    private SampleTables() {
    }

    /** The {@code certsift.headers} and {@code certsift.posts} settings of the conf folder (other settings are null). */
    public static CertSiftProperties load(Path confFolder) throws IOException {
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        List<PropertySource<?>> sources = new ArrayList<>();
        for (String file : FILES) {
            Path path = confFolder.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new IOException("找不到配置文件 / cannot find " + path);
            }
            sources.addAll(loader.load(file, new FileSystemResource(path)));
        }
        CertSiftProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("certsift", CertSiftProperties.class)
                .orElseThrow(() -> new IOException("no certsift settings in " + FILES + " under " + confFolder));
        if (properties.posts() == null || properties.headers() == null) {
            throw new IOException(confFolder + ": headers.yml must define certsift.headers and posts.yml certsift.posts");
        }
        return properties;
    }
}
