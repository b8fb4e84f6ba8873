package cn.certsift.common.clue.listing;

/** 包过, 保过: a pass promised before the exam means the exam is not what decides it. */
public final class GuaranteedPass extends KeywordRule {

    public GuaranteedPass(ListingSettings.Rule settings) {
        super("承诺包过", settings, "guaranteed-pass", "承诺保证通过考试（{words}）");
    }
}
