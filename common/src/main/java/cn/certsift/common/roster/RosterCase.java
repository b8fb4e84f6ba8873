package cn.certsift.common.roster;

import cn.certsift.common.cert.RegistryCertificate;

import java.io.Serializable;
import java.util.List;

/**
 * A roster row with the registry facts gathered for it across all three departments.
 *
 * @param entry               the roster row
 * @param recorded            registry rows carrying the certificate number the roster records
 * @param held                registry rows held under the row's ID number (any number, any department)
 * @param personsSharingNumber how many different ID numbers the current rosters record this number for
 * @param sharingEmployers    names of the employers recording this number (for evidence), at most a few
 * @param employersOfPerson   how many employers (different credit codes) list this person with this number
 * @param employerNamesOfPerson their names, for evidence
 */
public record RosterCase(RosterEntry entry, List<RegistryCertificate> recorded, List<RegistryCertificate> held,
                         int personsSharingNumber, List<String> sharingEmployers, int employersOfPerson,
                         List<String> employerNamesOfPerson) implements Serializable {

    public RosterCase {
        recorded = recorded == null ? List.of() : List.copyOf(recorded);
        held = held == null ? List.of() : List.copyOf(held);
        sharingEmployers = sharingEmployers == null ? List.of() : List.copyOf(sharingEmployers);
        employerNamesOfPerson = employerNamesOfPerson == null ? List.of() : List.copyOf(employerNamesOfPerson);
    }
}
