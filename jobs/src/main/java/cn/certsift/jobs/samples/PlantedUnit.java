package cn.certsift.jobs.samples;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A planted case: its roster rows and every registry certificate of the people in it. */
record PlantedUnit(RosterCase rosterCase, List<RosterEntry> rows, List<Certificate> certificates) {

    PlantedUnit {
        rows = List.copyOf(rows);
        certificates = List.copyOf(certificates);
        Set<String> numbers = new HashSet<>();
        for (Certificate certificate : certificates) {
            if (!numbers.add(certificate.number())) {
                throw new IllegalStateException(rosterCase + " issued certificate number " + certificate.number() + " twice");
            }
        }
    }
}
