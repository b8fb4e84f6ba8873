package cn.certsift.common.clue.listing;

/** 免考, 不用考试, 代考: a certificate without sitting the exam is a forged or fraudulently obtained one. */
public final class ExamExemption extends KeywordRule {

    public ExamExemption(ListingSettings.Rule settings) {
        super("宣称免考", settings, "exam-exemption", "宣称不用参加考试即可取得证书（{words}）");
    }
}
