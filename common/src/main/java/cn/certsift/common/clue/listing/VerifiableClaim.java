package cn.certsift.common.clue.listing;

/**
 * 可查, 官网可查: sellers of forged cards promise they "verify" online, often on a fake query site.
 * Honest training adverts say it too, so it weighs little alone.
 */
public final class VerifiableClaim extends KeywordRule {

    public VerifiableClaim(ListingSettings.Rule settings) {
        super("宣称可查", settings, "verifiable-claim", "宣称证书可在网上查询（{words}）");
    }
}
