package org.openbilling.contract.mapping;

import org.openbilling.contract.Parties;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/** The parties of an encounter, a claim and an invoice, as answered. */
public final class PartyAnswers {
    private PartyAnswers() {
    }

    public static Parties.Address of(Address a) {
        return a == null ? null : new Parties.Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    public static Parties.Person of(Person p) {
        return p == null ? null : new Parties.Person(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(),
                Wire.name(p.sex()), of(p.address()));
    }

    public static Parties.Coverage of(Coverage c) {
        return c == null ? null : new Parties.Coverage(c.payerId(), c.payerName(), c.memberId(), c.groupNumber(),
                c.filingIndicator(), Wire.name(c.relationship()), of(c.subscriber()),
                c.medicareSecondaryType() == null ? null : c.medicareSecondaryType().code());
    }

    public static Parties.BillingProvider of(BillingProvider b) {
        return b == null ? null : new Parties.BillingProvider(Wire.text(b.npi()), Wire.text(b.taxId()),
                b.organizationName(), Wire.text(b.taxonomyCode()), of(b.address()));
    }

    public static Parties.Provider of(Provider p) {
        return p == null ? null : new Parties.Provider(Wire.text(p.npi()), p.firstName(), p.lastName(),
                Wire.text(p.taxonomyCode()));
    }

    public static Parties.Facility of(Facility f) {
        return f == null ? null : new Parties.Facility(Wire.text(f.npi()), f.name(), of(f.address()));
    }

    public static Parties.Accident of(Accident a) {
        return a == null ? null : new Parties.Accident(Wire.name(a.type()), a.state(), a.date());
    }

    public static Parties.Warning of(Warning w) {
        return new Parties.Warning(w.rule(), w.field(), w.message());
    }
}
