package org.openbilling.claimcreation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.contract.PracticeSettingsAnswer;
import org.openbilling.contract.mapping.PracticeSettingsAnswers;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.domain.practice.PracticeSettingsInput;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/** The caller's practice settings: X12 submitter and receiver, time zone, statement terms (changes: admins). */
@Tag(name = "Practice settings", description = "The practice's X12 submitter and receiver, time zone and statement terms")
@Path("/practice/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeSettingsResource {
    private final PracticeRepository practices;
    private final Caller caller;
    private final PracticeClock clock;
    private final Audit audit;

    public PracticeSettingsResource(PracticeRepository practices, Caller caller, PracticeClock clock, Audit audit) {
        this.practices = practices;
        this.caller = caller;
        this.clock = clock;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.CODER, Roles.BILLER, Roles.ANALYST, Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "getPracticeSettings", summary = "The practice's settings: X12 submitter and receiver, time zone, statement terms")
    public PracticeSettingsAnswer get() {
        return PracticeSettingsAnswers.of(practices.find(caller.practice()));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putPracticeSettings", summary = "Replaces the practice's settings (admins; expectedVersion guards against lost updates)")
    public PracticeSettingsAnswer put(PracticeSettingsInput input) {
        if (input == null) {
            throw new RuleViolationException("required", "", "settings are required");
        }
        PracticeSettings current = practices.find(caller.practice());
        if (input.expectedVersion() != null && input.expectedVersion() != current.version()) {
            throw new StaleVersionException("practice settings", caller.practice().value(), input.expectedVersion());
        }
        PracticeSettings saved = practices.save(input.toSettings(caller.practice(), current.version()));
        clock.settingsChanged(caller.practice());
        audit.changed("practice", "settings", saved.version(), "PRACTICE_SETTINGS_CHANGED");
        return PracticeSettingsAnswers.of(saved);
    }
}
