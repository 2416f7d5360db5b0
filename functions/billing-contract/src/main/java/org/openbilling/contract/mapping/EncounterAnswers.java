package org.openbilling.contract.mapping;

import org.openbilling.contract.EncounterAnswer;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterDetails;
import org.openbilling.domain.encounter.Procedure;

/**
 * The one place where a domain {@link Encounter} becomes its public answer. A new answer field is a component of
 * {@link EncounterAnswer} and one argument here.
 */
public final class EncounterAnswers {
    private EncounterAnswers() {
    }

    public static EncounterAnswer of(Encounter e) {
        EncounterDetails d = e.details();
        return new EncounterAnswer(Wire.text(e.id()), Wire.text(e.practiceId()), Wire.name(e.status()),
                PartyAnswers.of(d.patient()), Wire.each(d.coverages(), PartyAnswers::of),
                PartyAnswers.of(d.billingProvider()), PartyAnswers.of(d.renderingProvider()),
                PartyAnswers.of(d.referringProvider()), PartyAnswers.of(d.serviceFacility()), d.priorAuthorization(),
                PartyAnswers.of(d.accident()), d.assignmentOfBenefits(), d.releaseOfInformation(),
                d.signatureOnFile(), d.serviceDate(), d.serviceDateTo(), d.placeOfService(), e.diagnoses(),
                Wire.each(e.procedures(), EncounterAnswers::of), e.createdAt(), e.updatedAt(), e.version(),
                Wire.each(e.warnings(), PartyAnswers::of), e.isSelfPay());
    }

    static EncounterAnswer.Procedure of(Procedure p) {
        return new EncounterAnswer.Procedure(p.code(), Wire.name(p.system()), p.modifiers(), p.units(),
                Wire.money(p.charge()), p.diagnosisPointers(), p.serviceDate(), p.serviceDateTo(), p.ndc());
    }
}
