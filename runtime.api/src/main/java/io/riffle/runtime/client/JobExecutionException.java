package io.riffle.runtime.client;

import io.riffle.api.common.JobID;

/**
 * A job did not finish: it failed or was cancelled. The cause is the exception that failed it —
 * for a user function that threw, the user's own exception with its stack trace.
 */
public class JobExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final JobID jobId;

    public JobExecutionException(JobID jobId, String message, Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
    }

    public JobID getJobID() {
        return jobId;
    }
}
