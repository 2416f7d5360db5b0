package org.openbilling.domain.encounter;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.common.StringValue;
import org.openbilling.domain.encounter.EncounterInput.AccidentInput;
import org.openbilling.domain.encounter.EncounterInput.AddressInput;
import org.openbilling.domain.encounter.EncounterInput.BillingProviderInput;
import org.openbilling.domain.encounter.EncounterInput.CoverageInput;
import org.openbilling.domain.encounter.EncounterInput.FacilityInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput.ProviderInput;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * Corrections of a billed encounter: the stored encounter is turned back into its input, the fields the caller
 * sends replace whole top-level parts of it ({@code billingProvider}, {@code procedures}, ...), and the result is
 * parsed again with every rule of a new encounter. Absent fields are kept; a correction cannot drop the coverage.
 */
public final class EncounterCorrection {
    private EncounterCorrection() {
    }

    /** The encounter's current content as input. */
    public static EncounterInput inputOf(Encounter e) {
        EncounterDetails d = e.details();
        List<CoverageInput> coverages = d.coverages().stream().map(EncounterCorrection::coverage).toList();
        // up to two coverages go back under the names CoveragePosition reports stored coverages by
        boolean deprecatedNames = coverages.size() <= 2;
        return new EncounterInput(person(d.patient()),
                deprecatedNames ? at(coverages, 0) : null, deprecatedNames ? at(coverages, 1) : null,
                d.billingProvider() == null ? null : new BillingProviderInput(value(d.billingProvider().npi()),
                        value(d.billingProvider().taxId()), d.billingProvider().organizationName(),
                        value(d.billingProvider().taxonomyCode()), address(d.billingProvider().address())),
                provider(d.renderingProvider()), provider(d.referringProvider()),
                d.serviceFacility() == null ? null : new FacilityInput(value(d.serviceFacility().npi()),
                        d.serviceFacility().name(), address(d.serviceFacility().address())),
                d.priorAuthorization(),
                d.accident() == null ? null : new AccidentInput(d.accident().type().name(), d.accident().state(),
                        date(d.accident().date())),
                d.assignmentOfBenefits(), d.releaseOfInformation(), d.signatureOnFile(), date(d.serviceDate()),
                date(d.serviceDateTo()), d.placeOfService(), e.diagnoses(),
                e.procedures().stream().map(p -> new ProcedureInput(p.code(), p.system().name(), p.modifiers(),
                        p.units(), p.charge().toString(), p.diagnosisPointers(), date(p.serviceDate()),
                        date(p.serviceDateTo()), p.ndc())).toList(),
                deprecatedNames ? null : coverages);
    }

    /**
     * {@code e}'s content as input with its coverages replaced by {@code kept} (the coverages a claim billed, in
     * payment order) followed by {@code added}: a coverage the patient reported after the visit was billed. Parsed
     * again with every rule of a new encounter (a duplicate of a kept coverage, Medicaid before another one...), the
     * added coverage's findings are named {@code coverages[<kept.size()>]...}.
     */
    public static EncounterInput withCoverageAdded(Encounter e, List<Coverage> kept, CoverageInput added) {
        List<CoverageInput> all = new java.util.ArrayList<>(kept.stream().map(EncounterCorrection::coverage).toList());
        all.add(added);
        return withCoverages(inputOf(e), null, null, all);
    }

    private static <T> T at(List<T> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    /**
     * The coverages after a correction: a {@code coverages} list replaces them all; the deprecated {@code coverage} or
     * {@code secondaryCoverage} replaces the one at its position and keeps the others.
     */
    private static EncounterInput overlayCoverages(EncounterInput base, EncounterInput changes, EncounterInput merged) {
        List<CoverageInput> all;
        CoverageInput first = null;
        CoverageInput second = null;
        if (changes.coverages() != null) {
            all = changes.coverages();
            // sent together with the deprecated names: kept, so that parsing refuses the mix
            first = changes.coverage();
            second = changes.secondaryCoverage();
        } else {
            List<CoverageInput> kept = new java.util.ArrayList<>(
                    base.coveragesAsSent().stream().map(EncounterInput.Named::value).toList());
            if (changes.coverage() == null && changes.secondaryCoverage() == null) {
                return withCoverages(merged, base.coverage(), base.secondaryCoverage(), base.coverages());
            }
            if (kept.size() > 2) {
                if (changes.coverage() != null) {
                    kept.set(0, changes.coverage());
                }
                if (changes.secondaryCoverage() != null) {
                    kept.set(1, changes.secondaryCoverage());
                }
                all = kept;
            } else {
                first = or(changes.coverage(), at(kept, 0));
                second = or(changes.secondaryCoverage(), at(kept, 1));
                all = null;
            }
        }
        return withCoverages(merged, first, second, all);
    }

    private static EncounterInput withCoverages(EncounterInput in, CoverageInput coverage, CoverageInput secondary,
                                                List<CoverageInput> coverages) {
        return new EncounterInput(in.patient(), coverage, secondary, in.billingProvider(), in.renderingProvider(),
                in.referringProvider(), in.serviceFacility(), in.priorAuthorization(), in.accident(),
                in.assignmentOfBenefits(), in.releaseOfInformation(), in.signatureOnFile(), in.serviceDate(),
                in.serviceDateTo(), in.placeOfService(), in.diagnoses(), in.procedures(), coverages);
    }

    /** {@code base} with every top-level field that {@code changes} carries replaced. */
    public static EncounterInput overlay(EncounterInput base, EncounterInput changes) {
        if (changes == null) {
            return base;
        }
        EncounterInput merged = new EncounterInput(
                or(changes.patient(), base.patient()),
                null,
                null,
                or(changes.billingProvider(), base.billingProvider()),
                or(changes.renderingProvider(), base.renderingProvider()),
                or(changes.referringProvider(), base.referringProvider()),
                or(changes.serviceFacility(), base.serviceFacility()),
                or(changes.priorAuthorization(), base.priorAuthorization()),
                or(changes.accident(), base.accident()),
                or(changes.assignmentOfBenefits(), base.assignmentOfBenefits()),
                or(changes.releaseOfInformation(), base.releaseOfInformation()),
                or(changes.signatureOnFile(), base.signatureOnFile()),
                or(changes.serviceDate(), base.serviceDate()),
                or(changes.serviceDateTo(), base.serviceDateTo()),
                or(changes.placeOfService(), base.placeOfService()),
                or(changes.diagnoses(), base.diagnoses()),
                or(changes.procedures(), base.procedures()),
                null);
        return overlayCoverages(base, changes, merged);
    }

    /** The names of the top-level fields a correction changes, for the claim's history. */
    public static List<String> changedFields(EncounterInput changes) {
        if (changes == null) {
            return List.of();
        }
        var out = new java.util.ArrayList<String>();
        var c = changes.getClass().getRecordComponents();
        for (var component : c) {
            try {
                if (component.getAccessor().invoke(changes) != null) {
                    out.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static <T> T or(T change, T base) {
        return change != null ? change : base;
    }

    private static String value(StringValue v) {
        return v == null ? null : v.value();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static AddressInput address(Address a) {
        return a == null ? null : new AddressInput(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    private static PersonInput person(Person p) {
        return p == null ? null : new PersonInput(p.id(), p.firstName(), p.lastName(), date(p.dateOfBirth()),
                p.sex() == null ? null : p.sex().name(), address(p.address()));
    }

    private static CoverageInput coverage(Coverage c) {
        return c == null ? null : new CoverageInput(c.payerId(), c.payerName(), c.memberId(), c.groupNumber(),
                c.filingIndicator(), c.relationship() == null ? null : c.relationship().name(), person(c.subscriber()),
                c.medicareSecondaryType() == null ? null : c.medicareSecondaryType().code());
    }

    private static ProviderInput provider(Provider p) {
        return p == null ? null : new ProviderInput(value(p.npi()), p.firstName(), p.lastName(), value(p.taxonomyCode()));
    }
}
