package cn.certsift.common.text;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web address as people report it ({@code cx-mem-gov.cn/zscx}, {@code https://user@1.2.3.4:8080/x?id=1},
 * {@code ＣＸ．ＭＥＭ。gov.cn}): the scheme is optional, the host is compared in lower case without a
 * trailing dot, the ideographic full stop counts as a dot. Anything before an {@code @} in the
 * authority is the user part, a classic way to show an official name in front of another host.
 */
public record WebAddress(String observed, String userInfo, String host, String path) implements Serializable {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:/+");
    private static final Pattern AUTHORITY_END = Pattern.compile("[/?#\\\\]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}{2,}|xn--[a-z0-9-]+");
    /** Second-level names under which registries sell names: {@code example.com.cn} is registered, {@code com.cn} is not. */
    private static final Set<String> SECOND_LEVEL = Set.of("com", "net", "org", "gov", "edu", "ac", "mil");

    /** The address a value names, or empty when it names no host. */
    public static Optional<WebAddress> parse(String raw) {
        String text = Normalize.text(raw);
        if (text == null) {
            return Optional.empty();
        }
        String rest = SCHEME.matcher(text.toLowerCase(Locale.ROOT).replace('。', '.')).replaceFirst("");
        Matcher end = AUTHORITY_END.matcher(rest);
        int authorityEnd = end.find() ? end.start() : rest.length();
        String authority = rest.substring(0, authorityEnd);
        String after = rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        String host = stripPort(authority.substring(at + 1));
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!isHost(host)) {
            return Optional.empty();
        }
        return Optional.of(new WebAddress(text, userInfo, host, path(after)));
    }

    public boolean isIpAddress() {
        return IPV4.matcher(host).matches();
    }

    /** The host's labels ({@code cx}, {@code mem}, {@code gov}, {@code cn}). */
    public List<String> labels() {
        return List.of(host.split("\\."));
    }

    /** Whether the host is {@code domain} or one of its subdomains ({@code www.mem.gov.cn} under {@code mem.gov.cn}). */
    public boolean isUnder(String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /**
     * The public suffix under which the name was registered: {@code cn}, {@code com}, or two labels
     * for the second-level names of country domains ({@code com.cn}, {@code gov.cn}); empty for an IP address.
     */
    public String publicSuffix() {
        if (isIpAddress()) {
            return "";
        }
        List<String> labels = labels();
        int n = labels.size();
        if (n >= 3 && labels.get(n - 1).length() == 2 && SECOND_LEVEL.contains(labels.get(n - 2))) {
            return labels.get(n - 2) + "." + labels.get(n - 1);
        }
        return labels.get(n - 1);
    }

    /** The host without its public suffix and without a leading {@code www.}: {@code cx-mem} for {@code www.cx-mem.com.cn}. */
    public String nameBeforeSuffix() {
        String suffix = publicSuffix();
        String name = suffix.isEmpty() ? host : host.substring(0, host.length() - suffix.length() - 1);
        return name.startsWith("www.") ? name.substring(4) : name;
    }

    /** The name as registered: {@code evil.com} for {@code cx.mem.gov.cn.evil.com}, the address itself for an IP address. */
    public String registeredDomain() {
        String suffix = publicSuffix();
        if (suffix.isEmpty() || host.equals(suffix)) {
            return host;
        }
        String name = host.substring(0, host.length() - suffix.length() - 1);
        return name.substring(name.lastIndexOf('.') + 1) + "." + suffix;
    }

    private static String stripPort(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon >= 0 && hostAndPort.substring(colon + 1).matches("\\d*") ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static boolean isHost(String host) {
        if (IPV4.matcher(host).matches()) {
            return true;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String path(String afterAuthority) {
        int query = afterAuthority.indexOf('?');
        int fragment = afterAuthority.indexOf('#');
        int end = afterAuthority.length();
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = afterAuthority.substring(0, end).replace('\\', '/');
        return path.isEmpty() ? "/" : path;
    }
}
