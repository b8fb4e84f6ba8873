package cn.certsift.jobs.samples;

import cn.certsift.common.source.Department;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the case planters share: the next person, an employer and post that fit a case, certificate
 * types that do or do not qualify for a post, and roster rows. People are taken in order from the
 * generator's sequence, so every planted person is new and appears only where the case puts them.
 */
final class Planting {

    private static final List<String> EMPLOYMENT = List.of("正式", "劳务派遣", "外包", "临时");
    private static final double[] EMPLOYMENT_WEIGHTS = {60, 20, 10, 10};
    private static final int MAX_PEOPLE_SKIPPED = 10_000;
    private static final double MULTI_ROW_SHARE = 0.15;

    private final LocalDate runDate;
    private final Persons persons;
    private final Employers employers;
    private final CertificateFactory certificates;
    private final PostTable posts;
    private long nextPerson;

    Planting(LocalDate runDate, Persons persons, Employers employers, CertificateFactory certificates, PostTable posts) {
        this.runDate = runDate;
        this.persons = persons;
        this.employers = employers;
        this.certificates = certificates;
        this.posts = posts;
    }

    LocalDate runDate() {
        return runDate;
    }

    PostTable posts() {
        return posts;
    }

    CertificateFactory certificates() {
        return certificates;
    }

    /** The next person of the sequence. */
    Person person() {
        return persons.person(nextPerson++);
    }

    /** The next person old enough to hold a certificate in any state. */
    Person holder() {
        return personWhere(p -> !p.birthDate().isAfter(certificates.latestHolderBirth()));
    }

    /** The next holder whose name a typist could mistake for a homophone. */
    Person holderWithHomophone(Dice dice) {
        return personWhere(p -> !p.birthDate().isAfter(certificates.latestHolderBirth())
                && Names.homophoneSlip(p.name(), dice).isPresent());
    }

    /** The next person whose name differs from this one's. */
    Person otherThan(Person someone) {
        return personWhere(p -> !p.name().equals(someone.name()));
    }

    private Person personWhere(Predicate<Person> wanted) {
        for (int skipped = 0; skipped < MAX_PEOPLE_SKIPPED; skipped++) {
            Person candidate = person();
            if (wanted.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no fitting person among " + MAX_PEOPLE_SKIPPED + " in a row");
    }

    /** An employer with a post that fits, and that post. */
    Workplace workplace(Dice dice, Predicate<String> postFits) {
        Employer employer = employers.choose(dice, industry -> industry.posts().stream().anyMatch(postFits));
        return new Workplace(employer, dice.pick(employer.industry().posts().stream().filter(postFits).toList()));
    }

    /** A workplace at another employer than the ones given. */
    Workplace workplaceElsewhere(Dice dice, Predicate<String> postFits, List<Workplace> taken) {
        for (int attempt = 0; attempt < MAX_PEOPLE_SKIPPED; attempt++) {
            Workplace workplace = workplace(dice, postFits);
            if (taken.stream().noneMatch(w -> w.employer().index() == workplace.employer().index())) {
                return workplace;
            }
        }
        throw new IllegalStateException("no second employer with a fitting post");
    }

    /** A post at one of the employers whose credit code fails its check. */
    Workplace invalidEmployerWorkplace(Dice dice) {
        Employer employer = employers.chooseInvalid(dice);
        return new Workplace(employer, dice.pick(employer.industry().posts()));
    }

    Predicate<String> needingCertificate() {
        return posts::needsCertificate;
    }

    Predicate<String> needingNoCertificate() {
        return post -> !posts.needsCertificate(post);
    }

    /** Posts that need a certificate and are qualified by a type that passes the filter. */
    Predicate<String> qualifiedBy(Predicate<CertificateType> typeFilter) {
        return post -> posts.qualifying(post).stream().anyMatch(typeFilter);
    }

    CertificateType qualifyingType(String post, Dice dice, Predicate<CertificateType> filter) {
        return pick(posts.qualifying(post), filter, dice, "qualifying for " + post);
    }

    CertificateType otherType(String post, Dice dice, Predicate<CertificateType> filter) {
        return pick(posts.notQualifying(post), filter, dice, "not qualifying for " + post);
    }

    /** A type any department issues, for certificates whatever the post. */
    CertificateType anyType(Dice dice) {
        return dice.pick(CertificateTypes.ALL);
    }

    /** An employer and post that need a certificate, and a new holder of a type qualifying for it, in this state. */
    Holding holding(Dice dice, CertState state) {
        return holding(dice, state, type -> true);
    }

    /** As {@link #holding(Dice, CertState)}, with the qualifying types limited to those passing the filter. */
    Holding holding(Dice dice, CertState state, Predicate<CertificateType> types) {
        Workplace workplace = workplace(dice, qualifiedBy(types));
        Person holder = holder();
        return new Holding(workplace, holder, issue(holder, qualifyingType(workplace.post(), dice, types), state, dice));
    }

    /** An employer and post that need a certificate, and a new holder of a current one that does not qualify for it. */
    Holding holdingOther(Dice dice) {
        Workplace workplace = workplace(dice, needingCertificate());
        Person holder = holder();
        return new Holding(workplace, holder, issue(holder, otherType(workplace.post(), dice, type -> true),
                CertState.CURRENT, dice));
    }

    /** A roster place, the person holding a certificate for it, and that certificate. */
    record Holding(Workplace workplace, Person holder, Certificate certificate) {

        String post() {
            return workplace.post();
        }
    }

    Certificate issue(Person holder, CertificateType type, CertState state, Dice dice) {
        return certificates.issue(holder, type, state, dice);
    }

    /** A certificate of this type in this state, now and then covering a second category under the same number. */
    Certificate issueCovering(Person holder, CertificateType type, CertState state, Dice dice) {
        List<CertificateType> types = new ArrayList<>(List.of(type));
        if (dice.chance(MULTI_ROW_SHARE)) {
            List<CertificateType> sameNumber = CertificateTypes.ALL.stream()
                    .filter(other -> other != type && type.sharesNumberWith(other)
                            && !other.category().equals(type.category()))
                    .toList();
            if (!sameNumber.isEmpty()) {
                types.add(dice.pick(sameNumber));
            }
        }
        return certificates.issue(holder, types, state, dice);
    }

    /** A number of the department's scheme that no registry holds. */
    String forgedNumber(Department department, Dice dice) {
        return certificates.forgedNumber(department, dice);
    }

    RowDraft row(Workplace workplace, Person person) {
        return new RowDraft(workplace, person);
    }

    /** A roster row being planted: by default the person's own name and ID number, current, nothing recorded. */
    final class RowDraft {
        private final Workplace workplace;
        private final Person person;
        private String name;
        private String idNumber;
        private String certNo;
        private String certCategory;
        private LocalDate leftOn;
        private boolean left;
        private final List<FindingCode> expected = new ArrayList<>();

        private RowDraft(Workplace workplace, Person person) {
            this.workplace = workplace;
            this.person = person;
            this.name = person.name();
            this.idNumber = person.idNumber();
        }

        RowDraft name(String writtenName) {
            this.name = writtenName;
            return this;
        }

        RowDraft id(String writtenId) {
            this.idNumber = writtenId;
            return this;
        }

        /** Records a certificate: its number, and (most employers) its category. */
        RowDraft records(Certificate certificate) {
            this.certNo = certificate.number();
            this.certCategory = certificate.categoryLabel();
            return this;
        }

        RowDraft recordsNumber(String number, String category) {
            this.certNo = number;
            this.certCategory = category;
            return this;
        }

        /** The person left before the run date. */
        RowDraft left() {
            this.left = true;
            return this;
        }

        RowDraft leftOn(LocalDate date) {
            this.leftOn = date;
            return this;
        }

        RowDraft expect(FindingCode... codes) {
            expected.addAll(List.of(codes));
            return this;
        }

        RosterEntry build(Dice dice) {
            LocalDate earliest = person.birthDate().plusYears(18);
            LocalDate from = earliest.isAfter(runDate.minusYears(12)) ? earliest : runDate.minusYears(12);
            LocalDate hiredOn = from.plusDays(dice.belowLong(ChronoUnit.DAYS.between(from, runDate.minusDays(40))));
            if (left) {
                leftOn = hiredOn.plusDays(1 + dice.belowLong(ChronoUnit.DAYS.between(hiredOn, runDate.minusDays(1))));
            }
            String category = certCategory != null && dice.chance(0.7) ? certCategory : null;
            return new RosterEntry(workplace.employer(), name, idNumber, posts.asWritten(workplace.post(), dice), certNo,
                    category, EMPLOYMENT.get(dice.weighted(EMPLOYMENT_WEIGHTS)),
                    dice.chance(0.1) ? null : hiredOn, leftOn, expected);
        }
    }

    private static CertificateType pick(List<CertificateType> types, Predicate<CertificateType> filter, Dice dice,
                                        String what) {
        List<CertificateType> fitting = types.stream().filter(filter).toList();
        if (fitting.isEmpty()) {
            throw new IllegalStateException("no certificate type " + what + " passes the case's filter");
        }
        return dice.pick(fitting);
    }
}
