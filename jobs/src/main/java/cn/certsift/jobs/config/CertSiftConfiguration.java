package cn.certsift.jobs.config;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.clue.ClueScreens;
import cn.certsift.common.cluster.ClusterSettings;
import cn.certsift.common.finding.RosterJudge;
import cn.certsift.common.institution.InstitutionSettings;
import cn.certsift.common.text.PersonNames;
import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.jobs.ingest.SourceIngestion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain tables, the judge, the clue screens, the institution and cluster settings built from {@code conf/}, and the Spark session. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertSiftProperties.class)
public class CertSiftConfiguration {

    @Bean
    HeaderDictionary headerDictionary(CertSiftProperties properties) {
        return properties.headerDictionary();
    }

    @Bean
    PostCatalog postCatalog(CertSiftProperties properties) {
        return properties.postCatalog();
    }

    @Bean
    RosterJudge rosterJudge(PostCatalog postCatalog, CertSiftProperties properties) {
        CertSiftProperties.Matching matching = properties.matching();
        return new RosterJudge(postCatalog, new PersonNames(matching.names().maxTypingEdits(),
                matching.names().minLengthForTypingErrors()), matching.reviewWindowDays());
    }

    @Bean
    ClueScreens clueScreens(CertSiftProperties properties) {
        if (properties.clues() == null) {
            throw new IllegalStateException("conf: no certsift.clues settings; conf/clues.yml is missing or not imported by "
                    + "conf/application.yml (spring.config.import)");
        }
        return ClueScreens.of(properties.clues());
    }

    @Bean
    InstitutionSettings institutionSettings(CertSiftProperties properties) {
        if (properties.institutions() == null) {
            throw new IllegalStateException("conf: no certsift.institutions settings; conf/institutions.yml is missing or not "
                    + "imported by conf/application.yml (spring.config.import)");
        }
        return properties.institutions();
    }

    @Bean
    ClusterSettings clusterSettings(CertSiftProperties properties) {
        if (properties.clusters() == null) {
            throw new IllegalStateException("conf: no certsift.clusters settings; conf/institutions.yml is missing or not "
                    + "imported by conf/application.yml (spring.config.import)");
        }
        return properties.clusters();
    }

    @Bean
    SourceIngestion sourceIngestion(HeaderDictionary headerDictionary, CertSiftProperties properties) {
        CertSiftProperties.Ingest ingest = properties.ingest();
        return new SourceIngestion(headerDictionary, ingest.headerSearchRows(), ingest.parallelFiles(), ingest.reuseUnchangedFiles());
    }

    @Bean
    SparkSessions sparkSessions(CertSiftProperties properties) {
        return new SparkSessions(properties.spark());
    }
}
