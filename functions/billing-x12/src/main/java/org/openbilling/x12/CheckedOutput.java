package org.openbilling.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIValidationException;
import io.xlate.edi.stream.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * What the project's X12 writers share: a StAEDI output factory with our delimiters (~ * : ^, empty trailing
 * elements dropped) whose findings against the implementation schema, reported while writing or thrown for
 * structural errors, are collected per thread as {@link X12ValidationException.Issue}s and thrown together.
 */
final class CheckedOutput {
    private final ThreadLocal<List<X12ValidationException.Issue>> issues = ThreadLocal.withInitial(ArrayList::new);
    final EDIOutputFactory factory;

    CheckedOutput() {
        factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, '~');
        factory.setProperty(Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(Delimiters.REPETITION, '^');
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        factory.setErrorReporter((error, writer, location, data, reference) -> add(issues.get(),
                issue(location, error.name(), data)));
    }

    /** This thread's findings, emptied: call before each write. */
    List<X12ValidationException.Issue> start() {
        List<X12ValidationException.Issue> found = issues.get();
        found.clear();
        return found;
    }

    /** A structural error StAEDI threw instead of reporting (a segment out of place), with the ones chained to it. */
    static void collect(List<X12ValidationException.Issue> found, EDIValidationException e) {
        for (EDIValidationException v = e; v != null; v = v.getNextException()) {
            add(found, issue(v.getLocation(), v.getError().name(), v.getData()));
        }
    }

    /** Throws the findings, if any, and empties the list for the thread's next write. */
    static void throwIfAny(List<X12ValidationException.Issue> found) {
        if (!found.isEmpty()) {
            List<X12ValidationException.Issue> copy = List.copyOf(found);
            found.clear();
            throw new X12ValidationException(copy);
        }
    }

    /** StAEDI can report one finding twice (at the element and again at the segment's end): keep it once. */
    static void add(List<X12ValidationException.Issue> found, X12ValidationException.Issue issue) {
        // a bounded list: a batch of thousands of broken claims still fails fast with a readable report
        if (found.size() < 1000 && !found.contains(issue)) {
            found.add(issue);
        }
    }

    private static X12ValidationException.Issue issue(Location l, String error, CharSequence data) {
        return l == null
                ? new X12ValidationException.Issue(null, 0, 0, 0, error, data == null ? null : data.toString())
                : new X12ValidationException.Issue(l.getSegmentTag(), l.getSegmentPosition(),
                        l.getElementPosition(), l.getComponentPosition(), error, data == null ? null : data.toString());
    }
}
