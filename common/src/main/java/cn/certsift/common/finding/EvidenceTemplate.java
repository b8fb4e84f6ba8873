package cn.certsift.common.finding;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evidence sentence with named slots, {@code 证书编号 {cert_no} 已于 {valid_to} 过期}. Filling it with a
 * slot missing is a programming error and fails loudly.
 */
public final class EvidenceTemplate implements Serializable {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private final String template;

    public EvidenceTemplate(String template) {
        this.template = template;
    }

    public String fill(Map<String, ?> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("evidence slot {" + m.group(1) + "} has no value in: " + template);
            }
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "无" : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
