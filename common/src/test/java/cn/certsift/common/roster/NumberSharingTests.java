package cn.certsift.common.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberSharingTests {

    private static RosterEntry row(String uscc, String employer, String idNo, String certNo) {
        return new RosterEntry(uscc, true, employer, "南山区", "王伟", idNo, true, "电工", certNo, null, null);
    }

    @Test
    void aNumberOnOneRowIsSharedByThatPersonAndEmployerOnly() {
        assertEquals(List.of(new NumberSharing.Counts(1, List.of("腾达建筑"), 1, List.of("腾达建筑"))),
                NumberSharing.of(List.of(row("U1", "腾达建筑", "ID1", "T1")), 5));
    }

    @Test
    void rowsWithoutNumberShareNothingAndBlanksAreNotCounted() {
        List<NumberSharing.Counts> counts = NumberSharing.of(List.of(row("U1", "腾达建筑", "ID1", null),
                row(null, null, null, "T1")), 5);
        assertEquals(NumberSharing.NONE, counts.get(0));
        assertEquals(new NumberSharing.Counts(0, List.of(), 0, List.of()), counts.get(1));
    }

    @Test
    void theRowsOfANumberCountItsPeopleAndEachPersonsEmployers() {
        List<RosterEntry> rows = List.of(row("U1", "腾达建筑", "ID1", "T1"), row("U2", "华强电气", "ID1", "T1"),
                row("U3", "安达物流", "ID2", "T1"), row("U3", "安达物流", "ID2", "T2"), row("U4", "安达物流", "ID2", "T1"));
        List<NumberSharing.Counts> counts = NumberSharing.of(rows, 5);

        assertEquals(new NumberSharing.Counts(2, List.of("华强电气", "安达物流", "腾达建筑"), 2, List.of("华强电气", "腾达建筑")),
                counts.get(0));
        assertEquals(new NumberSharing.Counts(2, List.of("华强电气", "安达物流", "腾达建筑"), 2, List.of("安达物流")), counts.get(2));
        assertEquals(new NumberSharing.Counts(1, List.of("安达物流"), 1, List.of("安达物流")), counts.get(3));
    }

    @Test
    void employerNamesAreListedInTextOrderUpToTheLimit() {
        List<RosterEntry> rows = List.of(row("U1", "丙", "ID1", "T1"), row("U2", "甲", "ID2", "T1"), row("U3", "乙", "ID3", "T1"));
        assertEquals(List.of("丙", "乙"), NumberSharing.of(rows, 2).get(0).employers());
    }
}
