package cn.certsift.common.clue.contact;

import java.io.Serializable;
import java.util.Locale;

/**
 * One contact detail, normalised so that the same contact written two ways is one: phone numbers as
 * digits, WeChat ids in lower case (WeChat ignores case). {@link #key()} ({@code mobile:13812345678})
 * links clues that share it; {@link #label()} ({@code 手机 13812345678}) is what people read.
 */
public record Contact(ContactKind kind, String value) implements Serializable, Comparable<Contact> {

    public String key() {
        return kind.keyPrefix() + value;
    }

    public String label() {
        return kind.label() + " " + value;
    }

    public static Contact ofKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a contact key (kind:value): '" + key + "'");
        }
        return new Contact(ContactKind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
    }

    @Override
    public int compareTo(Contact other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : value.compareTo(other.value);
    }
}
