package cn.certsift.common.institution;

import java.util.Locale;

/**
 * A suspicious pattern of a training institution that published enforcement cases describe. Every
 * signal is measured so that a higher value is more suspicious; its column in {@code institutions/}
 * is {@link #column()}, and its evidence phrase names the value and the population's median.
 */
public enum InstitutionSignal {

    /** Share of the institution's classes whose hours are far below the category's usual hours. */
    HOURS_SHORT("hours_short_share", "培训学时不足", "%s 的班级学时不足同类别通常学时的一半", Unit.SHARE),
    /** Share of classes that claim more hours than their days can hold. */
    HOURS_OVERFULL("hours_overfull_share", "学时超出培训天数容量", "%s 的班级学时超过培训天数所能容纳的学时", Unit.SHARE),
    /** Share of classes examined within a day or two of their start. */
    EXAM_TOO_SOON("exam_too_soon_share", "开班即考", "%s 的班级在开班后两天内即考试", Unit.SHARE),
    /** Share of exam records that passed. */
    PASS_RATE_HIGH("pass_rate", "考试通过率异常高", "考试通过率 %s", Unit.SHARE),
    /** Share of scored trainees whose theory score is the most common score of their category at the institution. */
    SCORES_UNIFORM("same_score_share", "考试成绩雷同", "%s 的学员理论成绩与同类别最常见分数完全相同", Unit.SHARE),
    /** Share of the registry certificates naming the institution with no training record behind them. */
    MISSING_RECORDS("certs_without_record_share", "证书无培训考试记录", "%s 的证书在培训考试档案中查无记录", Unit.SHARE),
    /** The busiest recent month's trainees over the institution's median month. */
    VOLUME_SPIKE("busiest_month_ratio", "培训量突增", "最忙月份的学员数为其月中位数的 %s", Unit.RATIO),
    /** Share of trainees whose ID numbers were issued outside the institution's province. */
    DISTANT_TRAINEES("distant_trainee_share", "异地学员集中", "%s 的学员身份证归属地在机构所在省份以外", Unit.SHARE),
    /** Share of trainees whose phone number several other trainees also gave. */
    SHARED_PHONES("shared_phone_share", "学员共用联系电话", "%s 的学员与多名他人共用同一联系电话", Unit.SHARE),
    /** Share of the institution's graduates behind roster findings that point to fakes or borrowing. */
    FLAGGED_GRADUATES("flagged_graduate_share", "学员涉假比例高", "%s 的学员涉及冒用、转借或伪造证书的比对问题", Unit.SHARE);

    /** How a signal's value reads in a sentence. */
    enum Unit {
        SHARE, RATIO
    }

    private final String column;
    private final String chineseName;
    private final String phrase;
    private final Unit unit;

    InstitutionSignal(String column, String chineseName, String phrase, Unit unit) {
        this.column = column;
        this.chineseName = chineseName;
        this.phrase = phrase;
        this.unit = unit;
    }

    /** The signal's column in {@code institutions/} and {@code institutions.csv}. */
    public String column() {
        return column;
    }

    public String chineseName() {
        return chineseName;
    }

    /** "培训学时不足：92.0% 的班级…（全体机构中位数 3.1%）". */
    public String evidence(double value, double populationMedian) {
        return chineseName + "：" + String.format(Locale.ROOT, phrase, format(value)) + "（全体机构中位数 " + format(populationMedian) + "）";
    }

    String format(double value) {
        return unit == Unit.SHARE ? String.format(Locale.ROOT, "%.1f%%", value * 100) : String.format(Locale.ROOT, "%.1f 倍", value);
    }
}
