package cn.certsift.jobs.samples;

import java.util.function.Predicate;

/**
 * The employers of a sample, made from their index. A few employers (the last indices) carry a
 * credit code that fails its check character: every current row of theirs raises INVALID_ID, so only
 * rows planted for that purpose are given to them. Employers with low indices are chosen far more
 * often, so that some employ many workers and most employ a few.
 */
final class Employers {

    private static final String BRAND_CHARACTERS = "恒达鸿盛华建宏远永安金泰德信新兴联合顺发广源嘉瑞凯利东方南粤五邑侨乡锦绣富隆昌";
    private static final long EMPLOYER_STREAM = 2;
    private static final double SKEW = 2.2;
    private static final int MAX_TRIES = 1_000;

    private final long seed;
    private final int count;
    private final int invalidCount;

    Employers(long seed, int count, int invalidCount) {
        if (invalidCount < 1 || invalidCount >= count) {
            throw new IllegalArgumentException("employers: " + invalidCount + " with invalid codes out of " + count);
        }
        this.seed = seed;
        this.count = count;
        this.invalidCount = invalidCount;
    }

    /** As many employers as suit a roster of this many rows: several per district, about 20 rows each. */
    static Employers forRoster(long seed, long rosterRows) {
        int count = (int) Math.max(3L * Regions.DISTRICTS.size(), rosterRows / 20);
        return new Employers(seed, count, Math.max(1, count / 400));
    }

    Employer employer(int index) {
        Dice dice = Dice.of(seed, EMPLOYER_STREAM, index);
        Regions.District district = Regions.DISTRICTS.get(index % Regions.DISTRICTS.size());
        Industry industry = Industry.values()[dice.weighted(Industry.shares())];
        String name = Regions.CITY_NAME + dice.pick(BRAND_CHARACTERS) + dice.pick(BRAND_CHARACTERS) + industry.nameSuffix();
        boolean valid = index < count - invalidCount;
        String code = CreditCodes.code("91", district.code(), index, dice);
        return new Employer(index, valid ? code : mistype(code, dice), valid, name, district, industry);
    }

    /** An employer with a valid code whose industry fits, chosen with the skew towards large employers. */
    Employer choose(Dice dice, Predicate<Industry> fits) {
        int valid = count - invalidCount;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            int index = (int) Math.min(valid - 1, Math.floor(valid * StrictMath.pow(dice.unit(), SKEW)));
            Employer employer = employer(index);
            if (fits.test(employer.industry())) {
                return employer;
            }
        }
        throw new IllegalStateException("no employer among " + valid + " has an industry that fits after " + MAX_TRIES + " tries");
    }

    /** One of the employers whose credit code fails its check. */
    Employer chooseInvalid(Dice dice) {
        return employer(count - invalidCount + dice.below(invalidCount));
    }

    /** The code as a typist gets it wrong: a wrong check character, or the letter O for a zero. */
    private static String mistype(String code, Dice dice) {
        int zero = code.indexOf('0', 2 + 6);
        if (zero >= 0 && dice.chance(0.5)) {
            return code.substring(0, zero) + 'O' + code.substring(zero + 1);
        }
        char check = code.charAt(17);
        char wrong = CreditCodes.CHARACTERS.charAt((CreditCodes.CHARACTERS.indexOf(check) + 1 + dice.below(30)) % 31);
        return code.substring(0, 17) + wrong;
    }
}
