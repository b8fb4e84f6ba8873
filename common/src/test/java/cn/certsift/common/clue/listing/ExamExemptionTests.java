package cn.certsift.common.clue.listing;

import static cn.certsift.common.clue.listing.ListingRuleAssertions.fires;
import static cn.certsift.common.clue.listing.ListingRuleAssertions.staysSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.certsift.common.clue.ClueFixtures;

import org.junit.jupiter.api.Test;

class ExamExemptionTests {

    private final ExamExemption rule = new ExamExemption(ClueFixtures.LISTINGS.examExemption());

    @Test
    void anExamExemptionFiresAndIsQuotedOnce() {
        assertEquals("宣称不用参加考试即可取得证书（“免考”“不用考试”）",
                fires(rule, "电工证免考，真的不用考试，免考拿证").evidence());
        fires(rule, "电工证 免 考 直接拿");
        fires(rule, "焊工证【免考】");
        fires(rule, "专业代考电工证");
    }

    @Test
    void aNegatedExemptionIsAWarningNotAnOffer() {
        staysSilent(rule, "特种作业操作证不免考，必须参加考试");
        staysSilent(rule, "谨防“免考”骗局，电工证须考试");
        staysSilent(rule, "凡宣称免考的电工证均为假证");
        staysSilent(rule, "电工证培训，理论加实操，考试合格发证");
    }
}
