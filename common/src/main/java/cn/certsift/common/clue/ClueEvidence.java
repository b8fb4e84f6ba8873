package cn.certsift.common.clue;

import cn.certsift.common.clue.contact.Contact;

import java.time.LocalDate;
import java.util.List;

/**
 * The sentences a clue's evidence gains once all sightings and the training records are known: when
 * and where it was seen, and which of its phone numbers trainees were registered with. Trainees are
 * counted, never named.
 */
public final class ClueEvidence {

    private ClueEvidence() {
    }

    /** {@code 首次发现于 2026-11-02，来源：12350举报、广告监测，共发现 3 次。} */
    public static String sightings(LocalDate firstSeen, List<String> origins, long count) {
        StringBuilder sentence = new StringBuilder();
        if (firstSeen != null) {
            sentence.append("首次发现于 ").append(firstSeen).append("，");
        }
        if (!origins.isEmpty()) {
            sentence.append("来源：").append(String.join("、", origins)).append("，");
        }
        return sentence.append("共发现 ").append(count).append(" 次。").toString();
    }

    /** {@code 手机 13812345678 也是培训档案中 3 名学员的联系电话（培训机构：甲、乙），疑似售证者代学员报名。} */
    public static String traineePhone(String contactKey, long trainees, List<String> trainingOrgs) {
        return Contact.ofKey(contactKey).label() + " 也是培训档案中 " + trainees + " 名学员的联系电话"
                + (trainingOrgs.isEmpty() ? "" : "（培训机构：" + String.join("、", trainingOrgs) + "）")
                + "，疑似售证者代学员报名。";
    }
}
