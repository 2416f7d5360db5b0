package org.openbilling.web;

/** A failure that already knows its problem document (e.g. a 404 naming each unknown id of a list). */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
