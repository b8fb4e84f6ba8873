package cn.certsift.common.clue;

import cn.certsift.common.clue.listing.ListingSettings;
import cn.certsift.common.clue.site.OfficialSites;
import cn.certsift.common.clue.site.SiteSettings;

import java.util.List;

/** Screening settings for the rule tests, shaped like conf/clues.yml but fixed here so the tests do not move with it. */
public final class ClueFixtures {

    public static final double THRESHOLD = 0.6;

    public static final List<SiteSettings.Official> OFFICIAL = List.of(
            new SiteSettings.Official("cx.mem.gov.cn", "应急管理部证书查询平台"),
            new SiteSettings.Official("zlaq.mohurd.gov.cn", "全国工程质量安全监管信息平台"),
            new SiteSettings.Official("cnse.samr.gov.cn", "全国特种设备公示信息查询平台"),
            new SiteSettings.Official("mem.gov.cn", "应急管理部"),
            new SiteSettings.Official("mohurd.gov.cn", "住房和城乡建设部"),
            new SiteSettings.Official("samr.gov.cn", "国家市场监督管理总局"));

    public static final SiteSettings.Lookalike LOOKALIKE = new SiteSettings.Lookalike(2, 5, 5);

    public static final SiteSettings SITES = new SiteSettings(OFFICIAL, List.of("gov.cn", "政务"),
            List.of("mem", "yingji", "anquan", "zhengshu", "chaxun", "gov"), List.of("zscx", "tzzy"), LOOKALIKE,
            new SiteSettings.Weights(0.9, 0.85, 0.8, 0.7, 0.7));

    public static final ListingSettings LISTINGS = new ListingSettings(
            List.of("特种作业(操作)?证", "(低压|高压)?电工证", "焊工证", "高处作业证", "叉车证", "安全员[abc]?证"),
            List.of("不", "谨防", "严禁", "警惕", "宣称", "所谓"), List.of("、", ",", "和", "或"),
            new ListingSettings.Rule(0.7, List.of("免考", "不用考试?", "代考")),
            new ListingSettings.Rule(0.6, List.of("包过", "保过")),
            new ListingSettings.Rule(0.6, List.of("直接出证", "速成")),
            new ListingSettings.Rule(0.3, List.of("官网可查", "可查")),
            new ListingSettings.AgencyRule(0.6, List.of("代办", "办证"), 8),
            new ListingSettings.Rule(0.2, List.of("[¥￥]\\d+", "\\d+(\\.\\d+)?(元|块)")));

    public static final ClueSettings SETTINGS = new ClueSettings(THRESHOLD, SITES, LISTINGS,
            new ClueSettings.Contacts(List.of("微信", "vx", "v信", "wx"), List.of("qq", "扣扣")));

    public static final OfficialSites OFFICIAL_SITES = new OfficialSites(OFFICIAL, SITES.governmentSuffixes(), 5);

    private ClueFixtures() {
    }
}
