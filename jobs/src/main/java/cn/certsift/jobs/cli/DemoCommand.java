package cn.certsift.jobs.cli;

import cn.certsift.jobs.config.CertSiftProperties;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the nightly job on the bundled sample into out/demo.",
                "Input data-samples/input, run date and folders from certsift.demo in conf/application.yml."})
class DemoCommand implements Callable<Integer> {

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    DemoCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() throws Exception {
        CertSiftProperties.Demo demo;
        try (ConfigurableApplicationContext context = application.start(home)) {
            demo = context.getBean(CertSiftProperties.class).demo();
        }
        return NightlyCommand.launch(home, application, demo.input(), demo.output(), demo.runDate(), null, spec);
    }
}
