package cn.certsift.jobs.cases;

import cn.certsift.jobs.cases.feedback.FeedbackImport;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The case follow-up settings of conf/cases.yml and the feedback import; the store's tables come from the
 * Flyway migrations (db/migration) in the job repository's database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
public class CaseStoreConfiguration {

    /** Dates are calendar dates in China Standard Time, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    FeedbackImport feedbackImport(CaseStore store, AuditLog auditLog, PlatformTransactionManager transactionManager,
                                  CasesProperties cases) {
        return new FeedbackImport(store, auditLog, transactionManager, cases, Clock.system(CHINA));
    }
}
