package cn.certsift.jobs.samples;

import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.FieldSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes values as people type them, in variants that the data contract says are the same value and
 * must never cause a finding: surrounding and inner spaces, full-width digits and letters, lower case,
 * a leading apostrophe, the 15-digit form of an ID number, dates in any of the usual notations, a
 * unit after the hours, separators in a phone number.
 */
final class ValueNoise {

    private static final List<DateStyle> STYLES = List.of(DateStyle.values());

    private final Dice dice;
    private final double rate;
    private final DateStyle dateStyle;
    private final boolean dateCells;
    private final boolean legacyIds;

    /**
     * @param legacyIds whether valid ID numbers of people born in the 1900s may be written in 15 digits
     *                  (rosters and training records; registries keep 18)
     */
    ValueNoise(Dice dice, double rate, DateStyle dateStyle, boolean dateCells, boolean legacyIds) {
        this.dice = dice;
        this.rate = rate;
        this.dateStyle = dateStyle;
        this.dateCells = dateCells;
        this.legacyIds = legacyIds;
    }

    /** The cell for a value: text, a date cell, a number cell, or null. */
    Object render(FieldSpec field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case DATE, VALIDITY_END -> date((LocalDate) value);
            case ID_NUMBER -> noisy() ? idNumber((String) value) : value;
            case CODE, CREDIT_CODE -> noisy() ? code((String) value) : value;
            case NAME -> noisy() ? spaced((String) value, true) : value;
            case TEXT -> noisy() ? spaced((String) value, false) : value;
            case HOURS -> !dateCells && noisy() ? value + "学时" : cellNumber(value);
            case SCORE -> cellNumber(value);
            case PHONE -> noisy() ? phone((String) value) : value;
            case PROSE, WEB_ADDRESS -> value;
        };
    }

    private boolean noisy() {
        return rate > 0 && dice.chance(rate);
    }

    private Object date(LocalDate date) {
        if (dateCells) {
            return noisy() ? dice.pick(STYLES).format(date) : date;
        }
        return (noisy() ? dice.pick(STYLES) : dateStyle).format(date);
    }

    private Object cellNumber(Object value) {
        return dateCells ? value : value.toString();
    }

    private String idNumber(String id) {
        if (legacyIds && id.length() == 18 && id.startsWith("19", 6) && ResidentIdNumber.check(id).valid() && dice.chance(0.3)) {
            return id.substring(0, 6) + id.substring(8, 17);
        }
        if (id.endsWith("X") && dice.chance(0.5)) {
            return id.toLowerCase(Locale.ROOT);
        }
        return code(id);
    }

    private String code(String code) {
        return switch (dice.below(5)) {
            case 0 -> code.toLowerCase(Locale.ROOT);
            case 1 -> fullWidth(code);
            case 2 -> " " + code + " ";
            case 3 -> code.length() > 6 ? code.substring(0, 6) + " " + code.substring(6) : code + " ";
            default -> "'" + code;
        };
    }

    private String spaced(String text, boolean inner) {
        if (inner && text.length() >= 2 && dice.chance(0.5)) {
            return text.charAt(0) + " " + text.substring(1);
        }
        return dice.chance(0.5) ? " " + text : text + "  ";
    }

    private String phone(String phone) {
        if (phone.length() != 11) {
            return phone;
        }
        return dice.chance(0.5) ? phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7)
                : "+86 " + phone;
    }

    /** Full-width forms of ASCII letters, digits and punctuation (１２３Ａ). */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
