package cn.certsift.jobs.config;

import cn.certsift.common.cert.PostCatalog;
import cn.certsift.common.header.HeaderDictionary;
import cn.certsift.jobs.ingest.SourceIngestion;

import org.apache.spark.sql.SparkSession;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The domain tables built from {@code conf/}, and the Spark session. */
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
    SourceIngestion sourceIngestion(HeaderDictionary headerDictionary, CertSiftProperties properties) {
        return new SourceIngestion(headerDictionary, properties.ingest().headerSearchRows());
    }

    /**
     * Started on first use only, so that commands which need no Spark ({@code jobs}, {@code --help})
     * stay fast. The master and every Spark setting come from {@code certsift.spark} in conf.
     */
    @Bean(destroyMethod = "stop")
    @Lazy
    SparkSession sparkSession(CertSiftProperties properties) {
        SparkSession.Builder builder = SparkSession.builder().appName("certsift").master(properties.spark().master());
        properties.spark().settings().forEach(builder::config);
        return builder.getOrCreate();
    }
}
