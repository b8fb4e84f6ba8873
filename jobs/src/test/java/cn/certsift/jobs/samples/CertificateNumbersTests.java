package cn.certsift.jobs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.certsift.common.id.CreditCode;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateNumbersTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"T440703198503071234, T440703198503071235, true", "T440703198503071234, T440703198530071234, true",
            "T440703198503071234, T440703198503071243, true", "T440703198503071234, T440703198503071234, false",
            "T440703198503071234, T440703198503071299, false", "T440703198503071234, 440703198503071234, false",
            "粤J012019000123, 粤J012019000132, true", "粤J012019000123, 粤J012019010132, false"})
    void oneSlipMeansOneSubstitutionOrOneSwapOfNeighbours(String a, String b, boolean oneSlip) {
        assertEquals(oneSlip, CertificateFactory.oneSlipApart(a, b));
    }

    @Test
    void peopleHaveValidUniqueIdNumbersFromEveryTier() {
        Persons persons = new Persons(42);
        Set<String> ids = new HashSet<>();
        Set<Regions.Tier> tiers = new HashSet<>();
        for (long index = 0; index < 100_000; index++) {
            Person person = persons.person(index);
            assertTrue(ResidentIdNumber.check(person.idNumber()).valid(), person.idNumber());
            assertTrue(ids.add(person.idNumber()), "ID number " + person.idNumber() + " given twice");
            tiers.add(person.tier());
        }
        assertEquals(Set.of(Regions.Tier.values()), tiers);
    }

    @Test
    void employersAndInstitutionsHaveValidCreditCodesExceptThePlantedOnes() {
        Employers employers = new Employers(42, 400, 3);
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < 400; index++) {
            Employer employer = employers.employer(index);
            assertEquals(employer.validCode(), CreditCode.check(employer.creditCode()).valid(), employer.creditCode());
            assertEquals(index < 397, employer.validCode());
            assertTrue(codes.add(employer.creditCode()));
        }
        Institutions.plan(42, RUN_DATE, 1_000_000, 0.5, 0.05).all()
                .forEach(institution -> assertTrue(CreditCode.check(institution.code()).valid(), institution.code()));
    }

    @Test
    void forgedAndMistypedNumbersAreInNoRegistry() {
        Persons persons = new Persons(42);
        MohurdNumbers mohurd = new MohurdNumbers(42);
        CertificateFactory factory = new CertificateFactory(RUN_DATE, mohurd,
                Institutions.plan(42, RUN_DATE, 10_000, 0.5, 0), persons);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            issued.add(mohurd.next('J', "01", 2020));
        }
        Dice dice = Dice.of(42, 1);
        for (String number : issued.stream().limit(200).toList()) {
            factory.mistyped(number, dice.chance(0.5), dice).ifPresent(typo -> {
                assertTrue(CertificateFactory.oneSlipApart(number, typo), number + " → " + typo);
                assertFalse(issued.contains(typo), typo + " was issued");
            });
            factory.twiceAltered(number, dice).ifPresent(forged -> assertFalse(CertificateFactory.oneSlipApart(number, forged)));
        }
        String holderNumber = "T" + persons.person(0).idNumber();
        String typo = factory.mistyped(holderNumber, true, dice).orElseThrow();
        assertNotEquals(holderNumber, typo);
        assertFalse(ResidentIdNumber.check(typo.substring(1)).valid(), "a mistyped ID number fails its check");
        assertFalse(issued.contains(factory.forgedNumber(Department.MOHURD, dice)));
    }
}
