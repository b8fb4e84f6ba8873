package cn.certsift.common.clue;

import cn.certsift.common.clue.contact.Contact;

import java.io.Serializable;
import java.util.List;

/**
 * What screening made of one subject: the clue it would be (kind, key and id), the subject as
 * observed, its score, the rules that fired, the evidence sentence, and the contacts found in it.
 * Whether it becomes a clue depends on the threshold.
 */
public record Screening(ClueKind kind, String key, String subject, double score, List<ClueHit> hits, String evidence,
                        List<Contact> contacts) implements Serializable {

    public String clueId() {
        return ClueIds.clue(kind, key);
    }

    public boolean reaches(double threshold) {
        return score >= threshold;
    }
}
