package cn.certsift.jobs.clues;

import cn.certsift.common.clue.ClueKind;
import cn.certsift.common.clue.listing.Listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated evaluation set for the online-clue screens: web addresses and listings, each labelled as
 * what a person would call it, with hard negatives beside the positives — official sites and their
 * subdomains, other government hosts, domains with one official word, honest training adverts, official
 * warnings that quote the sellers' words, 包过 for driving licences. Some positives use wordings the
 * default keywords do not list (不用去考, 考试全包), so recall is measured, not assumed. The same seed
 * gives the same set.
 */
public final class LabelledClueSet {

    /** One labelled example: an address or a listing, and whether it should become a clue. */
    public record Example(ClueKind kind, String address, Listing listing, boolean positive, String family) {
    }

    private static final List<String> TARGETS = List.of("cx.mem.gov.cn", "zlaq.mohurd.gov.cn", "cnse.samr.gov.cn", "mem.gov.cn",
            "mohurd.gov.cn", "jzsc.mohurd.gov.cn");
    private static final List<String> TLDS = List.of("com", "cn", "top", "net", "com.cn", "vip", "xyz", "cc");
    private static final List<String> WORDS = List.of("query", "cert", "verify", "check", "info", "online", "zs", "cx", "data",
            "service", "search", "card");
    private static final List<String> OFFICIAL_WORDS = List.of("mem", "yingji", "anquan", "zhengshu", "chaxun", "gov", "tezhong");
    private static final List<String> ORDINARY_SITES = List.of("www.taobao.com", "www.jd.com", "news.163.com", "www.baidu.com",
            "www.zhihu.com", "weibo.com", "www.58.com", "www.meituan.com", "www.ctrip.com", "www.bilibili.com", "www.douyin.com",
            "www.xiaohongshu.com", "www.gov.uk", "www.usa.gov", "www.memory-shop.com", "www.cxmedia.com", "www.meme.cn",
            "www.remember.cn", "www.samrtech.com", "www.anquan-peixun.com", "www.chaxun-tool.net", "www.zhengshu-design.com");
    private static final List<String> GOVERNMENT_HOSTS = List.of("yjgl.sz.gov.cn", "yjt.gd.gov.cn", "zjt.gd.gov.cn",
            "amr.gd.gov.cn", "www.gd.gov.cn", "yjj.gz.gov.cn", "mem.sh.gov.cn", "zwfw.gd.gov.cn");
    /** Training schools' own sites: honest, but their names carry the campaign's words too. */
    private static final List<String> TRAINING_SITES = List.of("www.szanquanpeixun.com", "anquan-peixun.cn", "www.yingji-px.com",
            "www.anquan-zhengshu-peixun.com", "tezhong-zuoye-peixun.cn", "www.gdanquan.org", "zhengshu-kaoshi.net");
    private static final List<String> SUBDOMAINS = List.of("www", "app", "cx", "zwfw", "m", "data", "xxgk");

    private static final List<String> CERTIFICATES = List.of("电工证", "焊工证", "高处作业证", "叉车证", "塔吊证", "安全员证",
            "特种作业操作证", "登高证", "制冷证", "安全员C证", "低压电工证", "特种设备作业人员证");
    private static final List<String> OFFERS = List.of("免考", "包过", "保过", "不用考试", "直接出证", "速成", "代办", "无需考试",
            "当天拿证", "免培训", "100%通过", "代考", "不过退款", "快速出证");
    /** Wordings of the same offers that the default keywords do not list. */
    private static final List<String> UNLISTED_OFFERS = List.of("不用去考", "考试全包", "躺着拿证", "不去现场也能拿");
    private static final List<String> SELL_LINES = List.of("全国通用", "官网可查", "联网可查", "一手渠道", "价格美丽", "量大从优",
            "七天到手", "真实有效");
    private static final List<String> WARNINGS = List.of("谨防“{offer}”骗局，{cert}必须参加培训考试，请到官网核验",
            "凡宣称{offer}的{cert}均为假证，请向12350举报", "所谓{offer}的{cert}都是假的，警惕上当",
            "严禁{offer}，{cert}考试须本人到场");
    private static final List<String> HONEST = List.of("{cert}培训报名，理论加实操，考试合格后发证，全国联网可查，学费 {price} 元",
            "本校{cert}培训周末班，须参加统一考试，证书官网可查", "招聘电工，须持有效{cert}，月薪 {salary} 元",
            "{cert}培训，考试合格后快速出证，全国联网可查",
            "{cert}复审培训通知，请携带身份证原件", "二手电工工具出售，{price} 元，另有{cert}培训教材");
    private static final List<String> OTHER_PAPERS = List.of("驾照科目一包过，免考科目四，{price}元", "英语四级包过，{price}元",
            "代办营业执照、食品经营许可证，{price}元", "教资保过班，不过退款", "健康证代办，当天出证");
    private static final List<String> PLATFORMS = List.of("闲鱼", "百度贴吧", "58同城", "抖音", "快手", "微信朋友圈", "QQ群", "小红书");

    /** Names shorter than this are other names after one edit (conf/clues.yml: lookalike.min-name-length). */
    private static final int MIN_NAME = 5;

    private final Random random;

    public LabelledClueSet(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} positives and {@code count} negatives of each kind. */
    public List<Example> generate(int count) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            examples.add(fakeSite());
            examples.add(honestSite());
            examples.add(sellingListing(i));
            examples.add(honestListing(i));
        }
        return examples;
    }

    private Example fakeSite() {
        String target = pick(TARGETS);
        String core = target.replace(".gov.cn", "");
        String separator = pick(List.of("-", "_", ""));
        return switch (random.nextInt(6)) {
            case 0 -> site(true, "embedded", scheme() + target + "." + pick(WORDS) + "-" + pick(WORDS) + "." + pick(TLDS) + path());
            case 1 -> site(true, "user-part", "http://" + target + "@" + ip() + path());
            case 2 -> site(true, "separators", scheme() + www() + core.replace(".", separator)
                    + (core.length() < MIN_NAME || random.nextBoolean() ? separator + "gov" : "") + "." + pick(TLDS) + path());
            case 3 -> site(true, "lookalike", scheme() + www() + misspelt(longName()) + "." + pick(TLDS) + path());
            case 4 -> site(true, "official-words", scheme() + www() + twoOfficialWords() + "." + pick(TLDS) + path());
            default -> site(true, "path", "http://" + (random.nextBoolean() ? ip() : pick(WORDS) + pick(WORDS) + ".com") + "/" + target
                    + "/index.html");
        };
    }

    private Example honestSite() {
        return switch (random.nextInt(5)) {
            case 0 -> site(false, "official", scheme() + pick(SUBDOMAINS) + "." + pick(TARGETS) + path());
            case 1 -> site(false, "government", scheme() + pick(GOVERNMENT_HOSTS) + path());
            case 2 -> site(false, "query-path", scheme() + pick(WORDS) + "-school.edu.cn/" + pick(List.of("zscx", "tzzy")) + "/");
            case 3 -> site(false, "training-school", scheme() + pick(TRAINING_SITES) + path());
            default -> site(false, "ordinary", scheme() + pick(ORDINARY_SITES) + path());
        };
    }

    private Example sellingListing(int i) {
        String cert = pick(CERTIFICATES);
        String offers = random.nextInt(5) == 0 ? pick(UNLISTED_OFFERS) : String.join("，", pickDistinct(OFFERS, 1 + random.nextInt(3)));
        String title = evade(cert + offers);
        String body = cert + offers + "，" + pick(SELL_LINES) + (random.nextBoolean() ? "，" + price() + "元" : "") + "，" + contact();
        return listing(true, "selling", i, title, body);
    }

    private Example honestListing(int i) {
        String cert = pick(CERTIFICATES);
        return switch (random.nextInt(3)) {
            case 0 -> listing(false, "warning", i, "关于" + cert + "的提醒", pick(WARNINGS).replace("{offer}", pick(OFFERS)).replace("{cert}", cert));
            case 1 -> listing(false, "honest", i, cert + "培训", fill(pick(HONEST), cert) + "，报名电话 " + mobile());
            default -> listing(false, "other-papers", i, "办证", fill(pick(OTHER_PAPERS), cert) + "，" + contact());
        };
    }

    private Example site(boolean positive, String family, String address) {
        return new Example(ClueKind.FAKE_SITE, address, null, positive, family);
    }

    private Example listing(boolean positive, String family, int i, String title, String body) {
        String platform = pick(PLATFORMS);
        Listing listing = new Listing("https://example.com/" + family + "/" + i, platform, title, body, "卖家" + random.nextInt(1000),
                null);
        return new Example(ClueKind.ILLEGAL_LISTING, null, listing, positive, family);
    }

    /** An official name long enough that one wrong letter still reads as it (mem with a letter changed is any name). */
    private String longName() {
        String name;
        do {
            name = pick(TARGETS).replace(".gov.cn", "").replace(".", "");
        } while (name.length() < MIN_NAME);
        return name;
    }

    /** One edit a squatter would make: a letter replaced, added or dropped, or two different neighbours swapped. */
    private String misspelt(String name) {
        StringBuilder out = new StringBuilder(name);
        int at = 1 + random.nextInt(name.length() - 2);
        char letter = (char) ('a' + random.nextInt(26));
        boolean canSwap = name.charAt(at) != name.charAt(at + 1);
        switch (random.nextInt(4)) {
            case 0 -> out.setCharAt(at, letter == name.charAt(at) ? (char) ('a' + (letter - 'a' + 1) % 26) : letter);
            case 1 -> out.insert(at, letter);
            case 2 -> out.deleteCharAt(at);
            default -> {
                if (canSwap) {
                    out.setCharAt(at, name.charAt(at + 1));
                    out.setCharAt(at + 1, name.charAt(at));
                } else {
                    out.deleteCharAt(at);
                }
            }
        }
        return out.toString();
    }

    private String twoOfficialWords() {
        return String.join(pick(List.of("-", "")), pickDistinct(OFFICIAL_WORDS, 2)) + (random.nextBoolean() ? "-" + pick(WORDS) : "");
    }

    /** Sellers write 免 考 and 【包过】 to slip past filters. */
    private String evade(String text) {
        return switch (random.nextInt(3)) {
            case 0 -> text.replace("考", " 考");
            case 1 -> "【" + text + "】";
            default -> text;
        };
    }

    private String fill(String template, String cert) {
        return template.replace("{cert}", cert).replace("{price}", price()).replace("{salary}", String.valueOf(6000 + random.nextInt(40) * 100));
    }

    private String contact() {
        return switch (random.nextInt(3)) {
            case 0 -> "微信 " + pick(List.of("zs", "kefu", "cert", "banzheng")) + "_" + random.nextInt(10000);
            case 1 -> "QQ " + (10000 + random.nextInt(900000));
            default -> "电话 " + mobile();
        };
    }

    private String mobile() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private String price() {
        return String.valueOf(300 + random.nextInt(30) * 50);
    }

    private String ip() {
        return (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private String scheme() {
        return pick(List.of("", "http://", "https://"));
    }

    private String www() {
        return random.nextBoolean() ? "www." : "";
    }

    private String path() {
        return pick(List.of("", "/", "/index.html", "/verify?no=T" + random.nextInt(1_000_000), "/cx/result.php"));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> pickDistinct(List<String> values, int n) {
        List<String> pool = new ArrayList<>(values);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
