package cn.certsift.jobs.samples;

/** An employer and the post (as the post table names it) a roster row is for. */
record Workplace(Employer employer, String post) {
}
