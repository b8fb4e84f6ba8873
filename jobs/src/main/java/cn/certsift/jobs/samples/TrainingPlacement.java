package cn.certsift.jobs.samples;

/**
 * The institution a certificate's registry rows name, and whether its class was one of the burst of
 * extra classes an institution planted with {@link InstitutionSignal#VOLUME_SPIKE} ran in one month.
 *
 * @param spikeClass the burst class (0, 1, 2), or -1 for the institution's regular classes
 */
record TrainingPlacement(Institution institution, int spikeClass) {

    boolean inSpike() {
        return spikeClass >= 0;
    }
}
