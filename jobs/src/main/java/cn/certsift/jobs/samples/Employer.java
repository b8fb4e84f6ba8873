package cn.certsift.jobs.samples;

/**
 * An employer on the rosters.
 *
 * @param creditCode the unified social credit code as the employer writes it; fails GB 32100 for the
 *                   few employers planted with a mistyped code
 */
record Employer(int index, String creditCode, boolean validCode, String name, Regions.District district,
                Industry industry) {
}
