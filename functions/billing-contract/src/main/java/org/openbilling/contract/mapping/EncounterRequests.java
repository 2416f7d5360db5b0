package org.openbilling.contract.mapping;

import java.util.List;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.domain.encounter.EncounterInput;

/**
 * The one place where an encounter request becomes the domain's input ({@link EncounterInput}, which
 * {@code EncounterFactory} checks field by field). Nothing is parsed here: a bad value stays text for the factory
 * to name.
 */
public final class EncounterRequests {
    private EncounterRequests() {
    }

    @SuppressWarnings("deprecation") // coverage and secondaryCoverage are carried over until the next release
    public static EncounterInput toInput(EncounterRequest r) {
        return new EncounterInput(person(r.patient()), coverage(r.coverage()), coverage(r.secondaryCoverage()),
                billingProvider(r.billingProvider()), provider(r.renderingProvider()), provider(r.referringProvider()),
                facility(r.serviceFacility()), r.priorAuthorization(), accident(r.accident()),
                r.assignmentOfBenefits(), r.releaseOfInformation(), r.signatureOnFile(), r.serviceDate(),
                r.serviceDateTo(), r.placeOfService(), r.diagnoses(), procedures(r.procedures()),
                r.coverages() == null ? null : r.coverages().stream().map(EncounterRequests::coverage).toList());
    }

    /** The procedures of a request (null stays null: "required" is the factory's finding). */
    public static List<EncounterInput.ProcedureInput> procedures(List<EncounterRequest.Procedure> list) {
        return list == null ? null : list.stream().map(EncounterRequests::procedure).toList();
    }

    private static EncounterInput.ProcedureInput procedure(EncounterRequest.Procedure p) {
        return p == null ? null : new EncounterInput.ProcedureInput(p.code(), p.system(), p.modifiers(), p.units(),
                p.charge(), p.diagnosisPointers(), p.serviceDate(), p.serviceDateTo(), p.ndc());
    }

    private static EncounterInput.AddressInput address(EncounterRequest.Address a) {
        return a == null ? null : new EncounterInput.AddressInput(a.line1(), a.line2(), a.city(), a.state(),
                a.postalCode());
    }

    private static EncounterInput.PersonInput person(EncounterRequest.Person p) {
        return p == null ? null : new EncounterInput.PersonInput(p.id(), p.firstName(), p.lastName(),
                p.dateOfBirth(), p.sex(), address(p.address()));
    }

    /** One coverage of a request (POST /claims/{id}/coverages carries one on its own). */
    public static EncounterInput.CoverageInput coverage(EncounterRequest.Coverage c) {
        return c == null ? null : new EncounterInput.CoverageInput(c.payerId(), c.payerName(), c.memberId(),
                c.groupNumber(), c.filingIndicator(), c.relationship(), person(c.subscriber()),
                c.medicareSecondaryType());
    }

    private static EncounterInput.BillingProviderInput billingProvider(EncounterRequest.BillingProvider b) {
        return b == null ? null : new EncounterInput.BillingProviderInput(b.npi(), b.taxId(), b.organizationName(),
                b.taxonomyCode(), address(b.address()));
    }

    private static EncounterInput.ProviderInput provider(EncounterRequest.Provider p) {
        return p == null ? null : new EncounterInput.ProviderInput(p.npi(), p.firstName(), p.lastName(),
                p.taxonomyCode());
    }

    private static EncounterInput.FacilityInput facility(EncounterRequest.Facility f) {
        return f == null ? null : new EncounterInput.FacilityInput(f.npi(), f.name(), address(f.address()));
    }

    private static EncounterInput.AccidentInput accident(EncounterRequest.Accident a) {
        return a == null ? null : new EncounterInput.AccidentInput(a.type(), a.state(), a.date());
    }
}
