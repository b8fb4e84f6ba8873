package cn.certsift.jobs.samples;

import cn.certsift.common.id.CreditCode;

/** Valid unified social credit codes (GB 32100) for employers and training institutions, unique per index. */
final class CreditCodes {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long ORGANISATION_SPACE = 852_891_037_441L; // 31^8
    private static final long MULTIPLIER = 7_368_787L;

    private CreditCodes() {
    }

    /**
     * A code: registration authority and organisation type ({@code 91} a company, {@code 52} a private
     * non-enterprise unit such as a training school), the division, an organisation code whose first
     * eight characters are a bijection of the index, and the check character.
     */
    static String code(String authorityAndType, String division, long index, Dice dice) {
        long value = Math.floorMod(MULTIPLIER * (index + 1), ORGANISATION_SPACE);
        char[] organisation = new char[9];
        for (int i = 7; i >= 0; i--) {
            organisation[i] = CHARACTERS.charAt((int) (value % 31));
            value /= 31;
        }
        organisation[8] = dice.pick(CHARACTERS);
        String first17 = authorityAndType + division + new String(organisation);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
