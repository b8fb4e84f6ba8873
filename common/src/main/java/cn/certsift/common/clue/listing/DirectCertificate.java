package cn.certsift.common.clue.listing;

/** 直接出证, 速成: a certificate faster than the prescribed training hours allow. */
public final class DirectCertificate extends KeywordRule {

    public DirectCertificate(ListingSettings.Rule settings) {
        super("速成出证", settings, "direct-certificate", "宣称不经规定培训即可速成或直接出证（{words}）");
    }
}
