package cn.certsift.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind the command line: job repository, jobs and their steps. */
@SpringBootApplication
public class CertSiftApplication {
}
