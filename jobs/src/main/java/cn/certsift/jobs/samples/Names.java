package cn.certsift.jobs.samples;

import java.util.Map;
import java.util.Optional;

/** Chinese personal names, and the homophone slips (王伟 / 王玮) that typists make in them. */
final class Names {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "沈", "钟", "谭",
            "陆", "汪", "范", "廖", "韦", "邹", "熊", "邱", "江", "黎", "欧阳", "司徒"};
    /** Roughly how common each surname is: the first few cover a large share of people. */
    private static final double[] SURNAME_WEIGHTS = surnameWeights();
    private static final String MALE = "伟强军磊勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰建国志文东海亮成兵新春荣德生永庆彬锋";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂英红梅琳洁慧婷雪倩颖萍兰琴云莉丹玉凤晶佳欣月";
    private static final Map<Character, String> HOMOPHONES = Map.ofEntries(
            Map.entry('伟', "玮炜"), Map.entry('军', "君"), Map.entry('明', "铭鸣"), Map.entry('杰', "洁捷"),
            Map.entry('峰', "锋枫"), Map.entry('锋', "峰"), Map.entry('华', "桦骅"), Map.entry('磊', "垒"),
            Map.entry('勇', "永涌"), Map.entry('静', "婧靖"), Map.entry('丽', "莉俐"), Map.entry('芳', "方"),
            Map.entry('敏', "珉"), Map.entry('燕', "艳雁"), Map.entry('红', "虹宏"), Map.entry('婷', "亭"),
            Map.entry('涛', "韬"), Map.entry('辉', "晖"), Map.entry('鹏', "朋"), Map.entry('宇', "雨禹"),
            Map.entry('浩', "昊皓"), Map.entry('凯', "恺"), Map.entry('健', "建"), Map.entry('建', "健"),
            Map.entry('林', "琳霖"), Map.entry('琳', "林"), Map.entry('云', "芸"), Map.entry('玉', "钰"));

    private Names() {
    }

    static String name(Dice dice, boolean male) {
        String surname = SURNAMES[dice.weighted(SURNAME_WEIGHTS)];
        String pool = male ? MALE : FEMALE;
        int length = dice.chance(0.7) ? 2 : 1;
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < length; i++) {
            name.append(dice.pick(pool));
        }
        return name.toString();
    }

    /** The name with one given-name character replaced by a homophone, if it has such a character. */
    static Optional<String> homophoneSlip(String name, Dice dice) {
        for (int i = name.length() - 1; i > 0; i--) {
            String alternatives = HOMOPHONES.get(name.charAt(i));
            if (alternatives != null) {
                return Optional.of(name.substring(0, i) + dice.pick(alternatives) + name.substring(i + 1));
            }
        }
        return Optional.empty();
    }

    private static double[] surnameWeights() {
        double[] weights = new double[SURNAMES.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 4);
        }
        return weights;
    }
}
