package cn.certsift.jobs.nightly;

import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.ingest.InputFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Fails fast, before any work, when the input folder is unusable or a required source has no file. */
class CheckInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CheckInputsTasklet.class);

    private final NightlyRun run;
    private final CertSiftProperties properties;

    CheckInputsTasklet(NightlyRun run, CertSiftProperties properties) {
        this.run = run;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Path input = run.input();
        if (!Files.isDirectory(input)) {
            throw new RunFailure("输入目录不存在：" + input, "input folder does not exist: " + input);
        }
        if (!Files.isReadable(input)) {
            throw new RunFailure("输入目录无法读取（权限不足）：" + input, "input folder is not readable: " + input);
        }
        InputFolder folder = new InputFolder(input, properties.filePatterns());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<SourceKind, CertSiftProperties.Source> source : properties.sources().entrySet()) {
            int files = folder.filesOf(source.getKey()).size();
            log.info("{}: {} file(s)", source.getKey().id(), files);
            if (source.getValue().required() && files == 0) {
                missing.add(source.getKey().id() + "（" + String.join(", ", source.getValue().patterns()) + "）");
            }
        }
        if (!missing.isEmpty()) {
            throw new RunFailure("输入目录 " + input + " 中缺少必需的来源文件：" + String.join("、", missing),
                    "required sources have no file in " + input + ": " + String.join(", ", missing));
        }
        folder.unrecognised().forEach(name -> log.warn("ignored input file {}", name));
        Files.createDirectories(run.output());
        return RepeatStatus.FINISHED;
    }
}
