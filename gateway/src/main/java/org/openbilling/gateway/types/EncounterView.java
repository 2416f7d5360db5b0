package org.openbilling.gateway.types;

import io.smallrye.graphql.api.Deprecated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.contract.EncounterAnswer;
import org.openbilling.contract.mapping.EncounterAnswers;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.gateway.types.Views.BillingProviderView;
import org.openbilling.gateway.types.Views.CoverageView;
import org.openbilling.gateway.types.Views.PersonView;
import org.openbilling.gateway.types.Views.ProviderView;

/**
 * An encounter as the GraphQL schema shows it; {@code claims} is a batched link. {@code warnings} say how the 837P
 * writes text X12 cannot carry as given (an accented name transliterated: rule {@code x12-transliterated}).
 * {@code oneRecord} (not in the schema): answered as one patient's record, so the claims read through it are audited
 * (see {@link ClaimView}).
 */
@Name("Encounter")
public record EncounterView(String id, String status, PersonView patient,
                            @Description("The coverages in payment order: primary, secondary, tertiary; empty for self-pay")
                            List<CoverageView> coverages,
                            @Deprecated(reason = Views.COVERAGE_DEPRECATED)
                            @Description("coverages[0], the primary coverage") CoverageView coverage,
                            @Deprecated(reason = Views.COVERAGE_DEPRECATED)
                            @Description("coverages[1], the secondary coverage") CoverageView secondaryCoverage,
                            BillingProviderView billingProvider,
                            ProviderView renderingProvider, ProviderView referringProvider, String priorAuthorization,
                            LocalDate serviceDate, LocalDate serviceDateTo, String placeOfService,
                            List<String> diagnoses, List<ProcedureView> procedures, Instant createdAt,
                            Instant updatedAt, int version, List<ClaimView.WarningView> warnings,
                            @Ignore boolean oneRecord) {

    @Name("Procedure")
    public record ProcedureView(String code, String system, List<String> modifiers, int units, String charge,
                                List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo,
                                String ndc) {
        static ProcedureView of(EncounterAnswer.Procedure p) {
            return new ProcedureView(p.code(), p.system(), p.modifiers(), p.units(), p.charge(), p.diagnosisPointers(),
                    p.serviceDate(), p.serviceDateTo(), p.ndc());
        }
    }

    /** An encounter in a list. */
    public static EncounterView of(Encounter e) {
        return of(e, false);
    }

    /** An encounter read from the table: shown as its public answer, the same one a function's call gives. */
    public static EncounterView of(Encounter e, boolean oneRecord) {
        return of(EncounterAnswers.of(e), oneRecord);
    }

    public static EncounterView of(EncounterAnswer e, boolean oneRecord) {
        List<CoverageView> coverages = CoverageView.of(Views.orEmpty(e.coverages()));
        return new EncounterView(e.id(), e.status(), PersonView.of(e.patient()), coverages,
                coverages.isEmpty() ? null : coverages.get(0), coverages.size() < 2 ? null : coverages.get(1),
                BillingProviderView.of(e.billingProvider()), ProviderView.of(e.renderingProvider()),
                ProviderView.of(e.referringProvider()), e.priorAuthorization(), e.serviceDate(), e.serviceDateTo(),
                e.placeOfService(), e.diagnoses(), Views.each(e.procedures(), ProcedureView::of), e.createdAt(),
                e.updatedAt(), (int) e.version(), Views.each(e.warnings(), ClaimView.WarningView::of), oneRecord);
    }
}
