package cn.certsift.jobs.cli;

import cn.certsift.jobs.CertSiftApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Option;

/** Options every command that opens the application shares: the profile and setting overrides. */
public final class ApplicationOptions {

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "Settings profile from conf/application-NAME.yml, e.g. production (PostgreSQL job repository) "
                    + "or cluster (Spark cluster); several as cluster,production.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one setting of conf/, e.g. --set certsift.spark.master=spark://host:7077 (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Starts the application context with conf/ from the home folder. */
    public ConfigurableApplicationContext start(Path home) {
        // Logging was configured from conf/logback.xml before start-up; Spring Boot takes over from here.
        System.clearProperty("logback.configurationFile");
        SpringApplication application = new SpringApplication(CertSiftApplication.class);
        application.setLogStartupInfo(false);
        application.setAdditionalProfiles(profiles.toArray(String[]::new));
        List<String> args = new ArrayList<>();
        args.add("--certsift.home=" + home);
        args.add("--spring.config.additional-location=optional:file:" + home.resolve("conf") + "/");
        overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
        return application.run(args.toArray(String[]::new));
    }
}
