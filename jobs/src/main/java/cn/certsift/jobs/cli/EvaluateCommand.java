package cn.certsift.jobs.cli;

import cn.certsift.jobs.samples.FindingKey;
import cn.certsift.jobs.samples.FindingsEvaluation;
import cn.certsift.jobs.samples.FindingsFiles;
import cn.certsift.jobs.samples.InstitutionsEvaluation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a run's findings.csv against a generated sample's expected-findings.csv.",
                "Compares on (finding_code, employer_uscc, id_no, cert_no): TP, FP, FN, precision and recall per code,",
                "with up to 10 example false positives and false negatives each. RESOLVED findings are ignored.",
                "With --institutions and --planted, also lists the rank of every planted training institution and",
                "whether all of them rank within the top 1.5 x planted."})
class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--findings", required = true, paramLabel = "FILE", description = "The run's findings.csv.")
    Path findings;

    @Option(names = "--expected", required = true, paramLabel = "FILE", description = "The sample's expected/expected-findings.csv.")
    Path expected;

    @Option(names = "--institutions", paramLabel = "FILE", description = "The run's institutions.csv.")
    Path institutions;

    @Option(names = "--planted", paramLabel = "FILE",
            description = "The sample's expected/planted-institutions.csv (with --institutions).")
    Path planted;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FindingsEvaluation.Evaluation evaluation = FindingsEvaluation.compare(FindingsFiles.readRun(findings),
                FindingsFiles.readExpected(expected));
        if ((institutions == null) != (planted == null)) {
            throw new ParameterException(spec.commandLine(), "--institutions and --planted go together");
        }
        print(evaluation, spec.commandLine().getOut());
        if (institutions != null) {
            print(InstitutionsEvaluation.compare(institutions, planted), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(InstitutionsEvaluation.Evaluation evaluation, PrintWriter out) {
        out.printf("%nplanted training institutions: %d of %d ranked; all within the top %d: %s%n",
                evaluation.placements().size(), evaluation.ranked(), evaluation.cutoff(), evaluation.allWithinCutoff() ? "yes" : "NO");
        out.printf("%6s %8s  %-20s %-40s %s%n", "rank", "score", "training_org_code", "planted signals", "training_org");
        for (InstitutionsEvaluation.Placement placement : evaluation.placements()) {
            out.printf("%6s %8.2f  %-20s %-40s %s%n", placement.rank() == 0 ? "-" : placement.rank(), placement.riskScore(),
                    placement.code(), placement.plantedSignals(), placement.name());
        }
        out.flush();
    }

    static void print(FindingsEvaluation.Evaluation evaluation, PrintWriter out) {
        out.printf("%-20s %7s %7s %7s %10s %8s%n", "finding_code", "TP", "FP", "FN", "precision", "recall");
        for (FindingsEvaluation.CodeScore score : evaluation.codes()) {
            line(score, out);
        }
        line(evaluation.total(), out);
        for (FindingsEvaluation.CodeScore score : evaluation.codes()) {
            examples(score.code(), "false positives (raised, not expected)", score.falsePositiveExamples(), score.falsePositives(), out);
            examples(score.code(), "false negatives (expected, not raised)", score.falseNegativeExamples(), score.falseNegatives(), out);
        }
        out.flush();
    }

    private static void line(FindingsEvaluation.CodeScore score, PrintWriter out) {
        out.printf("%-20s %7d %7d %7d %10s %8s%n", score.code(), score.truePositives(), score.falsePositives(),
                score.falseNegatives(), percent(score.precision()), percent(score.recall()));
    }

    private static void examples(String code, String what, List<FindingKey> examples, long total, PrintWriter out) {
        if (examples.isEmpty()) {
            return;
        }
        out.printf("%n%s %s: %d%s%n", code, what, total, total > examples.size() ? ", first " + examples.size() : "");
        out.println("  finding_code,employer_uscc,id_no,cert_no");
        examples.forEach(key -> out.println("  " + key));
    }

    private static String percent(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format("%.1f%%", ratio * 100);
    }
}
