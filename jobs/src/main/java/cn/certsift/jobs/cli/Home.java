package cn.certsift.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CertSift home: the folder holding {@code conf/}, {@code data-samples/} and, by default,
 * {@code work/}. The launcher passes it as {@code -Dcertsift.home}; {@code CERTSIFT_HOME} or the
 * current folder are the fallbacks.
 */
final class Home {

    private Home() {
    }

    static Path locate() {
        String configured = System.getProperty("certsift.home", System.getenv("CERTSIFT_HOME"));
        Path home = configured == null || configured.isBlank() ? Path.of("") : Path.of(configured);
        home = home.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("conf").resolve("application.yml"))) {
            throw new IllegalStateException("找不到配置文件 " + home.resolve("conf/application.yml")
                    + "，请用仓库根目录的 ./certsift 启动，或设置 CERTSIFT_HOME / cannot find conf/application.yml under "
                    + home + "; start CertSift with ./certsift or set CERTSIFT_HOME");
        }
        return home;
    }

    /** Points logging at the home's configuration before anything logs, so no library writes to the console. */
    static void prepareLogging(Path home) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", home.resolve("conf").resolve("logback.xml").toString());
        }
        if (System.getProperty("LOG_PATH") == null) {
            System.setProperty("LOG_PATH", home.resolve("work").resolve("logs").toString());
        }
    }
}
