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
        return new EncounterInput(person(e.patient()), coverage(e.coverage()), coverage(e.secondaryCoverage()),
                e.billingProvider() == null ? null : new BillingProviderInput(value(e.billingProvider().npi()),
                        value(e.billingProvider().taxId()), e.billingProvider().organizationName(),
                        value(e.billingProvider().taxonomyCode()), address(e.billingProvider().address())),
                provider(e.renderingProvider()), provider(e.referringProvider()),
                e.serviceFacility() == null ? null : new FacilityInput(value(e.serviceFacility().npi()),
                        e.serviceFacility().name(), address(e.serviceFacility().address())),
                e.priorAuthorization(),
                e.accident() == null ? null : new AccidentInput(e.accident().type().name(), e.accident().state(),
                        date(e.accident().date())),
                e.assignmentOfBenefits(), e.releaseOfInformation(), e.signatureOnFile(), date(e.serviceDate()),
                date(e.serviceDateTo()), e.placeOfService(), e.diagnoses(),
                e.procedures().stream().map(p -> new ProcedureInput(p.code(), p.system().name(), p.modifiers(),
                        p.units(), p.charge().toString(), p.diagnosisPointers(), date(p.serviceDate()),
                        date(p.serviceDateTo()), p.ndc())).toList());
    }

    /** {@code base} with every top-level field that {@code changes} carries replaced. */
    public static EncounterInput overlay(EncounterInput base, EncounterInput changes) {
        if (changes == null) {
            return base;
        }
        return new EncounterInput(
                or(changes.patient(), base.patient()),
                or(changes.coverage(), base.coverage()),
                or(changes.secondaryCoverage(), base.secondaryCoverage()),
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
                or(changes.procedures(), base.procedures()));
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
                c.filingIndicator(), c.relationship() == null ? null : c.relationship().name(), person(c.subscriber()));
    }

    private static ProviderInput provider(Provider p) {
        return p == null ? null : new ProviderInput(value(p.npi()), p.firstName(), p.lastName(), value(p.taxonomyCode()));
    }
}
