package cn.certsift.jobs.nightly;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** A nightly run needs an input folder, an output folder and a run date. */
class NightlyParametersValidator implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        for (String name : new String[] {NightlyRun.INPUT, NightlyRun.OUTPUT, NightlyRun.RUN_DATE}) {
            if (parameters == null || parameters.getParameter(name) == null) {
                throw new InvalidJobParametersException("nightly run needs the job parameter '" + name + "'");
            }
        }
    }
}
