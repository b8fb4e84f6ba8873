package cn.certsift.jobs.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads every part of an XLSX file as text and lists any full ID number or any of the given full names in it. */
final class PublicationScan {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private PublicationScan() {
    }

    static List<String> leaks(Path xlsx, List<String> fullNames) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                Matcher id = ID_NUMBER.matcher(text);
                while (id.find()) {
                    leaks.add(entry.getName() + ": ID number " + id.group());
                }
                for (String name : fullNames) {
                    if (text.contains(name)) {
                        leaks.add(entry.getName() + ": name " + name);
                    }
                }
            }
        }
        return leaks;
    }
}
