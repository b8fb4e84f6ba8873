package cn.certsift.common.roster;

import java.io.Serializable;
import java.time.LocalDate;

/** One current row of an employer roster, normalised, as matching judges it. */
public record RosterEntry(String employerUscc, boolean employerUsccValid, String employerName, String district,
                          String name, String idNo, boolean idValid, String post, String certNo, String certCategory,
                          LocalDate leftOn) implements Serializable {

    public boolean hasCertificateNumber() {
        return certNo != null;
    }
}
