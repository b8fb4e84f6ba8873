package cn.certsift.jobs.samples;

/** Plants a unit of any case by handing it to the planter of its family. */
final class UnitPlanter {

    private final CleanCases clean;
    private final ValidityCases validity;
    private final NumberCases numbers;
    private final QualificationCases qualification;
    private final SharingCases sharing;

    UnitPlanter(Planting planting) {
        this.clean = new CleanCases(planting);
        this.validity = new ValidityCases(planting);
        this.numbers = new NumberCases(planting);
        this.qualification = new QualificationCases(planting);
        this.sharing = new SharingCases(planting);
    }

    PlantedUnit plant(RosterCase rosterCase, Dice dice) {
        return switch (rosterCase) {
            case CLEAN, NO_CERT_POST, LEFT, VALID_TO_RUN_DATE, NAME_HOMOPHONE, LEGACY_ID, MEM_CERT_FOR_SCAFFOLDER,
                    MOHURD_CERT_FOR_ELECTRICIAN, QUALIFIED_BY_OTHER_DEPARTMENT, BLANK_CERT_QUALIFIED_HELD, REVIEWED_AT_LIMIT,
                    UNKNOWN_POST, NO_CERT_POST_RECORDS_CERT, INVALID_EMPLOYER_CODE -> clean.plant(rosterCase, dice);
            case LEFT_WITH_ANOMALY, REVOKED, EXPIRED, EXPIRED_YESTERDAY, LEFT_ON_RUN_DATE, REVIEW_MISSING, REVIEW_STALE ->
                    validity.plant(rosterCase, dice);
            case NOT_FOUND_FORGED, NOT_FOUND_T_PLUS_OWN_ID, NOT_FOUND_TWO_EDITS, NOT_FOUND_NEAR_OTHER_HOLDER,
                    TYPO_SUBSTITUTION, TYPO_SWAP, HOLDER_MISMATCH, NAMESAKE_OTHER_ID, INVALID_ID,
                    INVALID_ID_NAME_MATCHES_HOLDER -> numbers.plant(rosterCase, dice);
            case NO_CERT_HOLDS_NOTHING, NO_CERT_HOLDS_EXPIRED, NO_CERT_HOLDS_OTHER_CATEGORY, NO_CERT_HOLDS_REVOKED,
                    CATEGORY_MISMATCH -> qualification.plant(rosterCase, dice);
            case SHARED_WITH_HOLDER, SHARED_HOLDER_ABSENT, SHARED_FORGED, SHARED_WITH_LEFT_ROW, MULTI_EMPLOYER,
                    MULTI_EMPLOYER_ONE_LEFT -> sharing.plant(rosterCase, dice);
        };
    }
}
