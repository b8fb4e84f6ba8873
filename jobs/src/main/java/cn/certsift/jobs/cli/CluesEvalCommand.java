package cn.certsift.jobs.cli;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.ClueScreens;
import cn.certsift.jobs.clues.ClueEvaluation;
import cn.certsift.jobs.clues.LabelledClueSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clues-eval", mixinStandardHelpOptions = true,
        description = {"Measure the online-clue screens of conf/clues.yml on a generated labelled set.",
                "Generates fake query sites and selling listings beside hard negatives (official sites and their",
                "subdomains, government hosts, honest training adverts, warnings, other papers), screens them as the",
                "nightly run does and prints precision and recall per kind, with the examples screened wrongly."})
class CluesEvalCommand implements Callable<Integer> {

    private static final int MISTAKES_SHOWN = 10;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generated set (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", defaultValue = "500", paramLabel = "N",
            description = "Positives and negatives of each kind (default ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    ApplicationOptions application;

    @Spec
    CommandSpec spec;

    private final Path home;

    CluesEvalCommand(Path home) {
        this.home = home;
    }

    @Override
    public Integer call() {
        ClueScreens screens;
        try (ConfigurableApplicationContext context = application.start(home)) {
            screens = context.getBean(ClueScreens.class);
        }
        Map<ClueKind, ClueEvaluation.Result> results = ClueEvaluation.evaluate(new LabelledClueSet(seed).generate(count), screens);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Online-clue screens on a generated labelled set (seed %d, %d positives and %d negatives per kind, threshold %.2f)%n%n",
                seed, count, count, screens.threshold());
        out.printf("%-16s %6s %6s %6s %6s %10s %8s%n", "kind", "TP", "FP", "FN", "TN", "precision", "recall");
        for (ClueEvaluation.Result result : results.values()) {
            out.printf("%-16s %6d %6d %6d %6d %10.3f %8.3f%n", result.kind(), result.truePositives(), result.falsePositives(),
                    result.falseNegatives(), result.trueNegatives(), result.precision(), result.recall());
        }
        for (ClueEvaluation.Result result : results.values()) {
            if (!result.mistakes().isEmpty()) {
                out.printf("%n%s: %d screened wrongly%s%n", result.kind(), result.mistakes().size(),
                        result.mistakes().size() > MISTAKES_SHOWN ? ", the first " + MISTAKES_SHOWN : "");
                result.mistakes().stream().limit(MISTAKES_SHOWN).forEach(mistake -> out.println("  " + mistake));
            }
        }
        out.flush();
        return 0;
    }
}
