package cn.certsift.jobs.nightly;

import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.finding.RosterJudge;
import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.source.SourceKind;
import cn.certsift.jobs.config.CertSiftProperties;
import cn.certsift.jobs.config.SparkSessions;
import cn.certsift.jobs.cases.AuditLog;
import cn.certsift.jobs.cases.CaseRecorder;
import cn.certsift.jobs.cases.CaseStore;
import cn.certsift.jobs.cases.CasesProperties;
import cn.certsift.jobs.ingest.SourceIngestion;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job, {@code nightlyMatch}: check the inputs, ingest each source into the staging layer,
 * judge every current roster row against the three registries, rank the training institutions by risk,
 * link the findings into supply-chain clusters, track each finding's status against the previous run,
 * export the findings for analysts and inspectors, screen the web addresses and listings into online
 * clues, record the findings in the case store, and write the run summary last.
 * Each step rewrites only its own outputs, so a restart re-runs the failed step and carries on. Steps run outside database transactions: their work is files, and a
 * long step must not hold a connection of the job repository open.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyMatch";

    @Bean
    public Job nightlyMatch(JobRepository jobRepository,
                            Step checkInputsStep,
                            Step ingestRegistryMemStep,
                            Step ingestRegistryMohurdStep,
                            Step ingestRegistrySamrStep,
                            Step ingestRosterStep,
                            Step ingestTrainingStep,
                            Step ingestDomainsStep,
                            Step ingestListingsStep,
                            Step matchRosterStep,
                            Step rankInstitutionsStep,
                            Step traceClustersStep,
                            Step trackFindingStatusStep,
                            Step exportFindingsStep,
                            Step screenOnlineCluesStep,
                            Step recordCasesStep,
                            Step writeRunSummaryStep,
                            SparkSessions sparkSessions) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new NightlyParametersValidator())
                .listener(new SparkStartsDuringIngest(sparkSessions))
                .start(checkInputsStep)
                .next(ingestRegistryMemStep)
                .next(ingestRegistryMohurdStep)
                .next(ingestRegistrySamrStep)
                .next(ingestRosterStep)
                .next(ingestTrainingStep)
                .next(ingestDomainsStep)
                .next(ingestListingsStep)
                .next(matchRosterStep)
                .next(rankInstitutionsStep)
                .next(traceClustersStep)
                .next(trackFindingStatusStep)
                .next(exportFindingsStep)
                .next(screenOnlineCluesStep)
                .next(recordCasesStep)
                .next(writeRunSummaryStep)
                .build();
    }

    @Bean
    @StepScope
    public NightlyRun nightlyRun(@Value("#{jobParameters['" + NightlyRun.INPUT + "']}") String input,
                                 @Value("#{jobParameters['" + NightlyRun.OUTPUT + "']}") String output,
                                 @Value("#{jobParameters['" + NightlyRun.RUN_DATE + "']}") LocalDate runDate,
                                 @Value("#{jobParameters['" + NightlyRun.PREVIOUS + "']}") String previous) {
        return new NightlyRun(input, output, runDate, previous);
    }

    @Bean
    public Step checkInputsStep(JobRepository jobRepository, NightlyRun nightlyRun, CertSiftProperties properties) {
        return step("checkInputsStep", jobRepository, new CheckInputsTasklet(nightlyRun, properties));
    }

    @Bean
    public Step ingestRegistryMemStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                      CertSiftProperties properties) {
        return ingestStep("ingestRegistryMemStep", SourceKind.REGISTRY_MEM, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step ingestRegistryMohurdStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                         CertSiftProperties properties) {
        return ingestStep("ingestRegistryMohurdStep", SourceKind.REGISTRY_MOHURD, jobRepository, nightlyRun, ingestion,
                properties);
    }

    @Bean
    public Step ingestRegistrySamrStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                       CertSiftProperties properties) {
        return ingestStep("ingestRegistrySamrStep", SourceKind.REGISTRY_SAMR, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step ingestRosterStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                 CertSiftProperties properties) {
        return ingestStep("ingestRosterStep", SourceKind.ROSTER, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step ingestTrainingStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                   CertSiftProperties properties) {
        return ingestStep("ingestTrainingStep", SourceKind.TRAINING, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step ingestDomainsStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                  CertSiftProperties properties) {
        return ingestStep("ingestDomainsStep", SourceKind.DOMAINS, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step ingestListingsStep(JobRepository jobRepository, NightlyRun nightlyRun, SourceIngestion ingestion,
                                   CertSiftProperties properties) {
        return ingestStep("ingestListingsStep", SourceKind.LISTINGS, jobRepository, nightlyRun, ingestion, properties);
    }

    @Bean
    public Step matchRosterStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                RosterJudge rosterJudge, CertSiftProperties properties) {
        return step("matchRosterStep", jobRepository, new MatchRosterTasklet(nightlyRun, sparkSessions, rosterJudge,
                properties.matching().broadcastRosterKeysUpTo()));
    }

    @Bean
    public Step rankInstitutionsStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                     InstitutionSettings institutionSettings) {
        return step("rankInstitutionsStep", jobRepository, new RankInstitutionsTasklet(nightlyRun, sparkSessions,
                institutionSettings));
    }

    @Bean
    public Step traceClustersStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                  ClusterSettings clusterSettings) {
        return step("traceClustersStep", jobRepository, new TraceClustersTasklet(nightlyRun, sparkSessions, clusterSettings));
    }

    @Bean
    public Step trackFindingStatusStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions) {
        return step("trackFindingStatusStep", jobRepository, new TrackFindingStatusTasklet(nightlyRun, sparkSessions));
    }

    @Bean
    public Step exportFindingsStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                   CertSiftProperties properties, CaseStore caseStore, CasesProperties cases) {
        return step("exportFindingsStep", jobRepository, new ExportFindingsTasklet(nightlyRun, sparkSessions,
                properties.export().inspectorFullIdNumbers(), caseStore, cases));
    }

    @Bean
    public Step recordCasesStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                CaseStore caseStore, CaseRecorder caseRecorder, AuditLog auditLog) {
        return step("recordCasesStep", jobRepository, new RecordCasesTasklet(nightlyRun, sparkSessions, caseStore, caseRecorder,
                auditLog));
    }

    @Bean
    public Step screenOnlineCluesStep(JobRepository jobRepository, NightlyRun nightlyRun, SparkSessions sparkSessions,
                                      ClueScreens clueScreens) {
        return step("screenOnlineCluesStep", jobRepository, new ScreenOnlineCluesTasklet(nightlyRun, sparkSessions, clueScreens));
    }

    @Bean
    public Step writeRunSummaryStep(JobRepository jobRepository, NightlyRun nightlyRun, CertSiftProperties properties,
                                    SparkSessions sparkSessions) {
        return step("writeRunSummaryStep", jobRepository,
                new WriteRunSummaryTasklet(nightlyRun, properties, jobRepository, sparkSessions));
    }

    private static Step ingestStep(String name, SourceKind kind, JobRepository jobRepository, NightlyRun nightlyRun,
                                   SourceIngestion ingestion, CertSiftProperties properties) {
        return step(name, jobRepository, new IngestSourceTasklet(kind, nightlyRun, ingestion, properties));
    }

    private static Step step(String name, JobRepository jobRepository, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, new ResourcelessTransactionManager())
                .listener(new StepProgress())
                .build();
    }
}
