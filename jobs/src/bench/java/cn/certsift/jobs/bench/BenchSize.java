package cn.certsift.jobs.bench;

/** Data set sizes of the benchmark: a province, and fractions of it to see how cost grows. */
enum BenchSize {
    TENTH(1_000_000, 300_000, 500_000),
    THIRD(3_333_333, 1_000_000, 1_666_667),
    PROVINCE(10_000_000, 3_000_000, 5_000_000);

    final long registryRows;
    final long rosterRows;
    final long trainingRows;

    BenchSize(long registryRows, long rosterRows, long trainingRows) {
        this.registryRows = registryRows;
        this.rosterRows = rosterRows;
        this.trainingRows = trainingRows;
    }
}
