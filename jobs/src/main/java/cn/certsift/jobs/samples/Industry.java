package cn.certsift.jobs.samples;

import java.util.List;

/** What an employer does, as rosters write it in 行业类别, and the posts such an employer has. */
enum Industry {
    CONSTRUCTION("建筑业", "建筑工程有限公司", 0.34,
            List.of("架子工", "塔吊司机", "施工升降机司机", "信号司索工", "电工", "焊工", "安全员", "高处作业人员", "普工")),
    MANUFACTURING("制造业", "机械制造有限公司", 0.30,
            List.of("电工", "焊工", "叉车司机", "起重机司机", "锅炉工", "安全员", "操作工", "仓管员", "普工")),
    LOGISTICS("交通运输、仓储和邮政业", "物流有限公司", 0.10, List.of("叉车司机", "起重机司机", "电工", "司机", "仓管员", "文员")),
    CHEMICALS("化学原料和化学制品制造业", "化工有限公司", 0.08, List.of("危化品操作工", "电工", "安全员", "锅炉工", "操作工")),
    PROPERTY("房地产业", "物业管理有限公司", 0.10, List.of("电梯维修工", "电工", "制冷工", "安全员", "保洁员")),
    HOSPITALITY("住宿和餐饮业", "酒店管理有限公司", 0.08, List.of("制冷工", "电工", "锅炉工", "厨师", "保洁员", "文员"));

    /** Posts the post table does not know: a roster may write them, and they raise a warning only. */
    static final List<String> UNKNOWN_POSTS = List.of("质检员", "装配工", "搬运工", "跟单员");

    private final String label;
    private final String nameSuffix;
    private final double share;
    private final List<String> posts;

    Industry(String label, String nameSuffix, double share, List<String> posts) {
        this.label = label;
        this.nameSuffix = nameSuffix;
        this.share = share;
        this.posts = posts;
    }

    String label() {
        return label;
    }

    String nameSuffix() {
        return nameSuffix;
    }

    List<String> posts() {
        return posts;
    }

    static double[] shares() {
        Industry[] all = values();
        double[] shares = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            shares[i] = all[i].share;
        }
        return shares;
    }
}
