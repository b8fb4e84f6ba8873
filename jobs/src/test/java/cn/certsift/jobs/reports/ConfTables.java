package cn.certsift.jobs.reports;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.config.CertSiftProperties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** conf/cases.yml and conf/posts.yml as the application binds them, without starting it. */
public final class ConfTables {

    private ConfTables() {
    }

    public static CasesProperties cases() throws IOException {
        return binder("cases.yml").bind("certsift.cases", CasesProperties.class).get();
    }

    public static PostCatalog posts() throws IOException {
        List<CertSiftProperties.Post> posts = binder("posts.yml").bind("certsift.posts",
                Bindable.listOf(CertSiftProperties.Post.class)).get();
        return new CertSiftProperties(null, null, null, null, null, null, null, posts, null, null, null).postCatalog();
    }

    private static Binder binder(String file) throws IOException {
        List<PropertySource<?>> sources = new ArrayList<>(new YamlPropertySourceLoader().load(file,
                new FileSystemResource("../conf/" + file)));
        return new Binder(ConfigurationPropertySources.from(sources));
    }
}
