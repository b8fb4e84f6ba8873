package cn.certsift.common.source;

/** How a contract column is normalised and validated. */
public enum FieldType {
    /** Free text compared without spaces (employer names, posts, categories). */
    TEXT,
    /** A person's name. */
    NAME,
    /** A code compared in upper case without spaces (certificate numbers, item codes, class ids). */
    CODE,
    /** A resident ID number, checked under GB 11643; a failed check marks the row, it does not reject it. */
    ID_NUMBER,
    /** A unified social credit code, checked under GB 32100; a failed check marks the row. */
    CREDIT_CODE,
    /** A calendar date. */
    DATE,
    /** The end of a validity period: a date, or 长期 for none. */
    VALIDITY_END,
    /** A non-negative number (training hours). */
    HOURS,
    /** An exam score from 0 to 100. */
    SCORE,
    /** A phone number, digits only. */
    PHONE,
    /** Text as written, for people to read and rules to screen (listing text): inner spaces kept, runs of them collapsed. */
    PROSE,
    /** A web address as observed: {@link #TEXT} that must name a host (a domain name or an IPv4 address). */
    WEB_ADDRESS
}
