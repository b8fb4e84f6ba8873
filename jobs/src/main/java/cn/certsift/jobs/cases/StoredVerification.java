package cn.certsift.jobs.cases;

/** A case's latest verification, with the facts of the case it was given for. */
public record StoredVerification(Verification verification, String factsHash) {

    /** Verified 不属实 for these very facts: the finding is not sent to inspectors again. */
    public boolean refutes(String currentFactsHash) {
        return verification.result() == VerificationResult.REFUTED && factsHash.equals(currentFactsHash);
    }
}
