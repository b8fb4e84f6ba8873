package cn.certsift.common.text;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two spellings of a name are the same person's name: equal after normalisation; homophones
 * character by character (王伟 / 王玮, any reading of a polyphone, tones ignored), which is what a pinyin
 * input method produces when the wrong candidate is picked; or, for names long enough that one slip
 * still leaves them distinctive, one typing error with the surname kept.
 */
public final class PersonNames implements Serializable {

    private static final Map<Character, Set<String>> READINGS = new ConcurrentHashMap<>();

    private final int maxTypingEdits;
    private final int minLengthForTypingErrors;

    /**
     * @param maxTypingEdits           how many edits still count as a typing error (conf: 1)
     * @param minLengthForTypingErrors shortest name for which typing errors are tolerated (conf: 3);
     *                                 in a two-character name one wrong character is another person
     */
    public PersonNames(int maxTypingEdits, int minLengthForTypingErrors) {
        this.maxTypingEdits = maxTypingEdits;
        this.minLengthForTypingErrors = minLengthForTypingErrors;
    }

    public boolean sameName(String a, String b) {
        String x = Normalize.name(a);
        String y = Normalize.name(b);
        if (x == null || y == null) {
            return false;
        }
        if (x.equals(y) || homophones(x, y)) {
            return true;
        }
        return Math.min(x.length(), y.length()) >= minLengthForTypingErrors
                && x.charAt(0) == y.charAt(0)
                && LevenshteinDistance.getDefaultInstance().apply(x, y) <= maxTypingEdits;
    }

    /** Same length, and every character either equal or sharing a toneless pinyin reading. */
    public static boolean homophones(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && !shareReading(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareReading(char x, char y) {
        Set<String> other = readings(y);
        return readings(x).stream().anyMatch(other::contains);
    }

    /** Toneless readings of a character; looked up once per character and remembered (a few thousand in use). */
    private static Set<String> readings(char c) {
        return READINGS.computeIfAbsent(c, PersonNames::lookUpReadings);
    }

    private static Set<String> lookUpReadings(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return Set.of();
        }
        Set<String> readings = new HashSet<>();
        for (String reading : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL)) {
            readings.add(reading.replace('ü', 'v'));
        }
        return Set.copyOf(readings);
    }
}
