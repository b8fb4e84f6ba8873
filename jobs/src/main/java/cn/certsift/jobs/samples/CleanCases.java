package cn.certsift.jobs.samples;

import static cn.certsift.jobs.samples.FindingCode.INVALID_ID;

import cn.certsift.common.source.Department;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rows that must raise nothing (or, at an employer with a mistyped credit code, only INVALID_ID): a
 * valid qualifying certificate recorded as issued, posts that need none, and the look-alikes of
 * anomalies that the contract clears — a name typed as a homophone, a 15-digit ID number, a
 * certificate from another department that qualifies too, a review done exactly 365 days early.
 */
final class CleanCases {

    private static final double HOLDS_ANOTHER_SHARE = 0.1;

    private final Planting planting;

    CleanCases(Planting planting) {
        this.planting = planting;
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case CLEAN -> clean(rosterCase, dice, CertState.CURRENT, type -> true, false);
            case LEFT -> dice.chance(0.7) ? clean(rosterCase, dice, CertState.CURRENT, type -> true, true)
                    : noCertificatePost(rosterCase, dice, true);
            case VALID_TO_RUN_DATE -> recordedAsHeld(rosterCase, planting.holding(dice, CertState.VALID_TO_RUN_DATE), dice);
            case REVIEWED_AT_LIMIT -> recordedAsHeld(rosterCase,
                    planting.holding(dice, CertState.REVIEWED_AT_LIMIT, type -> type.reviewYears() > 0), dice);
            case MEM_CERT_FOR_SCAFFOLDER -> crossDepartment(rosterCase, dice, "架子工", Department.MEM);
            case MOHURD_CERT_FOR_ELECTRICIAN -> crossDepartment(rosterCase, dice, "电工", Department.MOHURD);
            case NAME_HOMOPHONE -> homophone(rosterCase, dice);
            case LEGACY_ID -> legacyId(rosterCase, dice);
            case BLANK_CERT_QUALIFIED_HELD -> blankButHeld(rosterCase, dice);
            case QUALIFIED_BY_OTHER_DEPARTMENT -> qualifiedByOther(rosterCase, dice);
            case NO_CERT_POST -> noCertificatePost(rosterCase, dice, false);
            case NO_CERT_POST_RECORDS_CERT -> noCertificatePostRecordingOne(rosterCase, dice);
            case UNKNOWN_POST -> unknownPost(rosterCase, dice);
            case INVALID_EMPLOYER_CODE -> invalidEmployer(rosterCase, dice);
            default -> throw new IllegalArgumentException(rosterCase + " is not a clean case");
        };
    }

    /** A valid qualifying certificate (now and then covering two categories) recorded; now and then a second one held. */
    private PlantedUnit clean(RosterCase rosterCase, Dice dice, CertState state, Predicate<CertificateType> types,
                              boolean left) {
        Workplace workplace = planting.workplace(dice, planting.qualifiedBy(types));
        Person holder = planting.holder();
        List<Certificate> held = new ArrayList<>();
        Certificate certificate = planting.issueCovering(holder, planting.qualifyingType(workplace.post(), dice, types), state,
                dice);
        held.add(certificate);
        holdsAnotherNow(holder, certificate, held, dice);
        Planting.RowDraft row = planting.row(workplace, holder).records(certificate);
        return new PlantedUnit(rosterCase, List.of((left ? row.left() : row).build(dice)), held);
    }

    private PlantedUnit recordedAsHeld(RosterCase rosterCase, Planting.Holding held, Dice dice) {
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).records(held.certificate())
                .build(dice)), List.of(held.certificate()));
    }

    /** 架子工 with an MEM 高处作业 card, 电工 with a MOHURD 建筑电工 certificate: both qualify. */
    private PlantedUnit crossDepartment(RosterCase rosterCase, Dice dice, String post, Department department) {
        Predicate<CertificateType> ofDepartment = type -> type.department() == department;
        Workplace workplace = planting.workplace(dice, post::equals);
        Person holder = planting.holder();
        Certificate certificate = planting.issue(holder, planting.qualifyingType(post, dice, ofDepartment),
                CertState.CURRENT, dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, holder).records(certificate).build(dice)),
                List.of(certificate));
    }

    private PlantedUnit homophone(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingCertificate());
        Person holder = planting.holderWithHomophone(dice);
        Certificate certificate = planting.issue(holder, planting.qualifyingType(workplace.post(), dice, t -> true),
                CertState.CURRENT, dice);
        String slip = Names.homophoneSlip(holder.name(), dice).orElseThrow();
        return new PlantedUnit(rosterCase,
                List.of(planting.row(workplace, holder).name(slip).records(certificate).build(dice)), List.of(certificate));
    }

    private PlantedUnit legacyId(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder())
                .id(held.holder().legacyId()).records(held.certificate()).build(dice)), List.of(held.certificate()));
    }

    private PlantedUnit blankButHeld(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).build(dice)),
                List.of(held.certificate()));
    }

    /** The recorded certificate does not qualify, but one from another department does: nothing to report. */
    private PlantedUnit qualifiedByOther(RosterCase rosterCase, Dice dice) {
        Planting.Holding held = planting.holding(dice, CertState.CURRENT);
        Department qualifying = held.certificate().department();
        CertificateType recorded = planting.otherType(held.post(), dice, type -> type.department() != qualifying);
        Certificate other = planting.issue(held.holder(), recorded, CertState.CURRENT, dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(held.workplace(), held.holder()).records(other).build(dice)),
                List.of(held.certificate(), other));
    }

    private PlantedUnit noCertificatePost(RosterCase rosterCase, Dice dice, boolean left) {
        Workplace workplace = planting.workplace(dice, planting.needingNoCertificate());
        Person person = planting.person();
        List<Certificate> held = new ArrayList<>();
        if (!person.birthDate().isAfter(planting.certificates().latestHolderBirth())) {
            holdsAnotherNow(person, null, held, dice);
        }
        Planting.RowDraft row = planting.row(workplace, person);
        return new PlantedUnit(rosterCase, List.of((left ? row.left() : row).build(dice)), held);
    }

    /** A post that needs no certificate, with one recorded anyway: no category can be wrong for it. */
    private PlantedUnit noCertificatePostRecordingOne(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.workplace(dice, planting.needingNoCertificate());
        Person holder = planting.holder();
        Certificate certificate = planting.issue(holder, planting.anyType(dice), CertState.CURRENT, dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, holder).records(certificate).build(dice)),
                List.of(certificate));
    }

    /** A post the table does not know: a warning for the data, never a finding. */
    private PlantedUnit unknownPost(RosterCase rosterCase, Dice dice) {
        Workplace workplace = new Workplace(planting.workplace(dice, post -> true).employer(), dice.pick(Industry.UNKNOWN_POSTS));
        Person holder = planting.holder();
        if (dice.chance(0.5)) {
            return new PlantedUnit(rosterCase, List.of(planting.row(workplace, holder).build(dice)), List.of());
        }
        Certificate certificate = planting.issue(holder, planting.anyType(dice), CertState.CURRENT, dice);
        return new PlantedUnit(rosterCase, List.of(planting.row(workplace, holder).records(certificate).build(dice)),
                List.of(certificate));
    }

    /** A clean row at an employer whose credit code fails its check: INVALID_ID while current, nothing once left. */
    private PlantedUnit invalidEmployer(RosterCase rosterCase, Dice dice) {
        Workplace workplace = planting.invalidEmployerWorkplace(dice);
        boolean current = dice.chance(0.85);
        List<Certificate> held = new ArrayList<>();
        Planting.RowDraft row;
        if (planting.posts().needsCertificate(workplace.post())) {
            Person holder = planting.holder();
            Certificate certificate = planting.issue(holder, planting.qualifyingType(workplace.post(), dice, t -> true),
                    CertState.CURRENT, dice);
            held.add(certificate);
            row = planting.row(workplace, holder).records(certificate);
        } else {
            row = planting.row(workplace, planting.person());
        }
        return new PlantedUnit(rosterCase, List.of((current ? row.expect(INVALID_ID) : row.left()).build(dice)), held);
    }

    /** Now and then a person holds a second, unrelated certificate under another number. */
    private void holdsAnotherNow(Person holder, Certificate first, List<Certificate> held, Dice dice) {
        if (!dice.chance(HOLDS_ANOTHER_SHARE)) {
            return;
        }
        CertificateType type = planting.anyType(dice);
        if (first != null && first.types().stream().anyMatch(t -> t.equals(type) || t.sharesNumberWith(type))) {
            return;
        }
        held.add(planting.issue(holder, type, CertState.CURRENT, dice));
    }
}
