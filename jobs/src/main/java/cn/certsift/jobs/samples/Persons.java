package cn.certsift.jobs.samples;

import cn.certsift.common.id.ResidentIdNumber;

import java.time.LocalDate;

/**
 * Makes person number {@code i} from the seed alone. Birth date and sequence number are a bijection of
 * the index (an affine permutation of the space of possible numbers), so no two people ever share an ID
 * number, however many are made; the region follows the block of that space the index lands in, which
 * gives each {@link Regions.Tier} its share of people.
 */
final class Persons {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1960, 1, 1);
    /** Days from 1960-01-01 to 2004-12-31: birth years 1960–2004. */
    private static final long BIRTH_DAYS = 16_437;
    private static final long SEQUENCES = 1_000;
    /** The space is cut into 100 blocks; this many blocks from the start belong to each tier in turn. */
    private static final int[] TIER_BLOCKS = {45, 25, 18, 12};
    private static final long BLOCKS = 100;
    private static final long SPACE = BLOCKS * BIRTH_DAYS * SEQUENCES;
    /** Prime, so coprime with the space (2, 3, 5 and 5479 are its factors). */
    private static final long MULTIPLIER = 1_000_000_007L;
    private static final String MOBILE_PREFIXES = "130131132133134135136137138139150151152153155156157158159176177180181182183185186187188189198199";
    private static final long PERSON_STREAM = 1;

    private final long seed;
    private final long offset;

    Persons(long seed) {
        this.seed = seed;
        this.offset = Math.floorMod(Dice.of(seed, PERSON_STREAM, -1).nextLong(), SPACE);
    }

    /** The largest number of people one sample can hold. */
    static long capacity() {
        return SPACE;
    }

    Person person(long index) {
        if (index < 0 || index >= SPACE) {
            throw new IllegalArgumentException("person number " + index + " is outside 0.." + (SPACE - 1));
        }
        long slot = Math.floorMod(MULTIPLIER * index + offset, SPACE);
        long block = slot / (BIRTH_DAYS * SEQUENCES);
        long day = slot / SEQUENCES % BIRTH_DAYS;
        long sequence = slot % SEQUENCES;
        Regions.Tier tier = tierOf(block);
        Dice dice = Dice.of(seed, PERSON_STREAM, index);
        String region = dice.pick(Regions.codes(tier));
        LocalDate birth = FIRST_BIRTH_DATE.plusDays(day);
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        boolean male = sequence % 2 == 1;
        return new Person(index, id, Names.name(dice, male), male, birth, tier, mobile(dice));
    }

    private static Regions.Tier tierOf(long block) {
        long limit = 0;
        for (int tier = 0; tier < TIER_BLOCKS.length; tier++) {
            limit += TIER_BLOCKS[tier];
            if (block < limit) {
                return Regions.Tier.values()[tier];
            }
        }
        throw new IllegalStateException("block " + block + " beyond the " + BLOCKS + " blocks of the ID space");
    }

    static String mobile(Dice dice) {
        int prefix = dice.below(MOBILE_PREFIXES.length() / 3) * 3;
        return MOBILE_PREFIXES.substring(prefix, prefix + 3) + String.format("%08d", dice.below(100_000_000));
    }
}
