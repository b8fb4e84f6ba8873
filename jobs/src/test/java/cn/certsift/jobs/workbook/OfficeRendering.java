package cn.certsift.jobs.workbook;

import cn.certsift.jobs.io.Folders;
import cn.certsift.jobs.support.ExternalPrograms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Renders workbooks as a reader sees them printed: LibreOffice headless converts them to PDF (several
 * in one call, with a private user profile so parallel runs do not clash), poppler reads the pages back
 * as text. Every sheet the project writes prints its name at the top of each page ({@link PageSetup}), so
 * the pages and text of each sheet can be told apart.
 */
public final class OfficeRendering {

    private static final long CONVERSION_TIMEOUT_SECONDS = 300;

    private OfficeRendering() {
    }

    /** The pages of one rendered workbook: the raw text of each page, in order. */
    public record Rendered(Path workbook, Path pdf, List<String> pages) {

        /** Pages per sheet, by the sheet name printed at the top of each page, in order of appearance. */
        public Map<String, Integer> pagesBySheet() {
            Map<String, Integer> pages = new LinkedHashMap<>();
            for (String page : this.pages) {
                pages.merge(sheetOf(page), 1, Integer::sum);
            }
            return pages;
        }

        /** The text of a sheet's pages with all white space removed: a cell's text shows in it whole when it is not cut. */
        public String compactText(String sheet) {
            StringBuilder text = new StringBuilder();
            pages.stream().filter(page -> sheetOf(page).equals(sheet)).forEach(text::append);
            return compact(text.toString());
        }

        /** All the text of all pages. */
        public String text() {
            return String.join("\n", pages);
        }

        private static String sheetOf(String page) {
            return page.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
        }
    }

    /** Text as compared with rendered text: no white space. */
    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Converts the workbooks to PDF in {@code folder}, in one LibreOffice call, and reads their pages. */
    public static List<Rendered> render(List<Path> workbooks, Path folder) throws IOException, InterruptedException {
        Path soffice = ExternalPrograms.require("soffice");
        Path pdftotext = ExternalPrograms.require("pdftotext");
        Files.createDirectories(folder);
        Path profile = Files.createTempDirectory("certsift-libreoffice-");
        try {
            List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString()));
            workbooks.forEach(workbook -> command.add(workbook.toString()));
            run(command, folder.resolve("soffice.log"));
        } finally {
            Folders.deleteRecursively(profile);
        }
        List<Rendered> rendered = new ArrayList<>();
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString();
            Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                throw new IllegalStateException("LibreOffice wrote no PDF for " + workbook + "; see " + folder.resolve("soffice.log"));
            }
            Path text = folder.resolve(pdf.getFileName() + ".txt");
            run(List.of(pdftotext.toString(), "-raw", "-enc", "UTF-8", pdf.toString(), text.toString()), folder.resolve("pdftotext.log"));
            List<String> pages = new ArrayList<>(List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1)));
            if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
                pages.remove(pages.size() - 1);
            }
            rendered.add(new Rendered(workbook, pdf, pages));
        }
        return rendered;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(CONVERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + CONVERSION_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue() + ": "
                    + Files.readString(log));
        }
    }
}
