package org.openbilling.domain.encounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openbilling.domain.codes.CodeIssue;
import org.openbilling.domain.codes.CodeSets;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openbilling.domain.codes.CodingInstructions;
import org.openbilling.domain.codes.InstructionFinding;
import org.openbilling.domain.common.Dates;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Ndc;
import org.openbilling.domain.common.Npi;
import org.openbilling.domain.common.TaxId;
import org.openbilling.domain.common.TaxonomyCode;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.common.X12Text;
import org.openbilling.domain.encounter.EncounterInput.AddressInput;
import org.openbilling.domain.encounter.EncounterInput.CoverageInput;
import org.openbilling.domain.encounter.EncounterInput.PersonInput;
import org.openbilling.domain.encounter.EncounterInput.ProcedureInput;
import org.openbilling.domain.encounter.EncounterInput.ProviderInput;
import org.openbilling.domain.encounter.Parties.Accident;
import org.openbilling.domain.encounter.Parties.AccidentType;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Facility;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;
import org.openbilling.domain.encounter.Parties.Relationship;
import org.openbilling.domain.encounter.Parties.Sex;

/**
 * Turns raw encounter input into typed values, checking every code against the code set in force on its date
 * of service, every date against the practice's today, the lines' total against what a claim can hold, and every
 * text against the 837P element it is written into ({@link EncounterText}): the rules a claim is scrubbed with
 * ({@link CodingRules}), so that what intake accepts, claim creation accepts too. Reports every problem at once;
 * builds nothing when there is one.
 */
public final class EncounterFactory {
    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("\\d{2}");
    private static final Pattern FILING_INDICATOR = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}(-?\\d{4})?");
    /** The day ICD-10-CM replaced ICD-9-CM for dates of service. */
    public static final LocalDate ICD10_START = CodingRules.ICD10_START;
    private static final int MAX_TEXT = 200;
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP");

    private final CodeSets codeSets;
    private final CodingInstructions instructions;

    public EncounterFactory(CodeSets codeSets) {
        this(codeSets, CodingInstructions.NONE);
    }

    /** With the Tabular List's instructions checked across the diagnoses (their errors refuse the coding; warnings are the claim's). */
    public EncounterFactory(CodeSets codeSets, CodingInstructions instructions) {
        this.codeSets = codeSets;
        this.instructions = instructions;
    }

    /**
     * The typed details and coding of a new encounter, or a {@code RuleViolationException} with every problem;
     * {@code today} is the practice's date (no date of service may pass it).
     */
    public Parsed parse(EncounterInput in, LocalDate today) {
        Violations v = new Violations();
        if (in == null) {
            v.add("required", "", "an encounter is required");
            v.throwIfAny();
        }
        List<String> coverageFields = new ArrayList<>(3);
        EncounterDetails details = details(in, today, coverageFields, v);
        Coding coding = coding(in.diagnoses(), in.procedures(), details.serviceDate(), dateOfBirth(details), today, v);
        EncounterText.check(details, coverageFields, v);
        v.throwIfAny();
        return new Parsed(details, coding);
    }

    /** New coding for an existing encounter ({@code details}), checked on its date of service and the practice's today. */
    public Coding recode(List<String> diagnoses, List<ProcedureInput> procedures, EncounterDetails details,
                         LocalDate today) {
        Violations v = new Violations();
        Coding coding = coding(diagnoses, procedures, details.serviceDate(), dateOfBirth(details), today, v);
        v.throwIfAny();
        return coding;
    }

    private static LocalDate dateOfBirth(EncounterDetails d) {
        return d.patient() == null ? null : d.patient().dateOfBirth();
    }

    /** A new encounter's details and coding. */
    public record Parsed(EncounterDetails details, Coding coding) {
        public List<String> diagnoses() {
            return coding.diagnoses();
        }

        public List<Procedure> procedures() {
            return coding.procedures();
        }
    }

    /** {@code coverageFields} receives the field name each coverage was sent under, in payment order. */
    private EncounterDetails details(EncounterInput in, LocalDate today, List<String> coverageFields, Violations v) {
        Person patient = person(in.patient(), "patient", v, true);
        List<Coverage> coverages = coverages(in, coverageFields, v);
        BillingProvider billing = null;
        if (v.required("billingProvider", in.billingProvider()) != null) {
            var b = in.billingProvider();
            billing = new BillingProvider(
                    v.parse("billingProvider.npi", () -> new Npi(b.npi())),
                    v.parse("billingProvider.taxId", () -> new TaxId(b.taxId())),
                    text(b.organizationName(), "billingProvider.organizationName", true, v),
                    b.taxonomyCode() == null ? null : v.parse("billingProvider.taxonomyCode", () -> new TaxonomyCode(b.taxonomyCode())),
                    address(b.address(), "billingProvider.address", v, true));
        }
        Provider rendering = provider(in.renderingProvider(), "renderingProvider", v);
        Provider referring = provider(in.referringProvider(), "referringProvider", v);
        Facility facility = null;
        if (in.serviceFacility() != null) {
            var f = in.serviceFacility();
            facility = new Facility(f.npi() == null ? null : v.parse("serviceFacility.npi", () -> new Npi(f.npi())),
                    text(f.name(), "serviceFacility.name", true, v), address(f.address(), "serviceFacility.address", v, true));
        }
        Accident accident = null;
        if (in.accident() != null) {
            var a = in.accident();
            accident = new Accident(enumValue(AccidentType.class, a.type(), "accident.type", v, true),
                    a.state() == null ? null : state(a.state(), "accident.state", v),
                    v.parse("accident.date", () -> Dates.parse(a.date())));
        }
        String release = in.releaseOfInformation();
        if (release != null && !release.equals("Y") && !release.equals("I")) {
            v.add("release-of-information-format", "releaseOfInformation", "releaseOfInformation is Y or I");
        }
        LocalDate serviceDate = v.parse("serviceDate", () -> Dates.parse(in.serviceDate()));
        LocalDate serviceDateTo = v.parse("serviceDateTo", () -> Dates.parseOptional(in.serviceDateTo()));
        // a birth after the visit is a wrong birth date far more often than a wrong visit date: it is reported on the
        // birth date, where the person who typed it will look
        CodingRules.serviceDates(serviceDate, serviceDateTo, null, today, v);
        if (patient != null) {
            birthDate(patient.dateOfBirth(), serviceDate, today, "patient.dateOfBirth", v);
        }
        for (int i = 0; i < coverages.size(); i++) {
            Coverage c = coverages.get(i);
            if (c != null && c.subscriber() != null) {
                birthDate(c.subscriber().dateOfBirth(), serviceDate, today, coverageFields.get(i) + ".subscriber.dateOfBirth", v);
            }
        }
        String pos = in.placeOfService();
        if (v.required("placeOfService", pos) != null && !PLACE_OF_SERVICE.matcher(pos.strip()).matches()) {
            v.add("place-of-service-format", "placeOfService", "a place of service is a two-digit code such as 11");
        }
        String priorAuth = in.priorAuthorization() == null ? null : text(in.priorAuthorization(), "priorAuthorization", false, v);
        // a coverage that could not be read has been reported; these details are checked further, never stored
        boolean unreadable = coverages.stream().anyMatch(java.util.Objects::isNull);
        return new EncounterDetails(patient, unreadable ? List.of() : coverages, billing, rendering,
                referring, facility, priorAuth,
                accident, in.assignmentOfBenefits(), release, in.signatureOnFile(), serviceDate, serviceDateTo,
                pos == null ? null : pos.strip());
    }

    private Coding coding(List<String> diagnosisInput, List<ProcedureInput> procedureInput, LocalDate serviceDate,
                          LocalDate dateOfBirth, LocalDate today, Violations v) {
        List<String> diagnoses = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> raw = diagnosisInput == null ? List.of() : diagnosisInput;
        for (int i = 0; i < raw.size(); i++) {
            String field = "diagnoses[" + i + "]";
            String code = raw.get(i);
            if (v.required(field, code) == null || serviceDate == null) {
                diagnoses.add(code);
                passed.add(null);
                continue;
            }
            CodeValidation cv = codeSets.validate(CodingRules.diagnosisSystem(code, serviceDate), code, serviceDate);
            boolean ok = CodingRules.codeErrors(cv, field, true, v);
            diagnoses.add(cv.normalized() == null ? code : cv.normalized());
            passed.add(ok && cv.system() == CodeSystem.ICD10CM ? cv.normalized() : null);
        }
        CodingRules.diagnosisList(diagnoses, "diagnoses", v);
        if (serviceDate != null) {
            for (InstructionFinding f : instructions.check(passed, serviceDate)) {
                if (f.severity() == CodeIssue.Severity.ERROR) {
                    v.add(f.rule(), "diagnoses[" + f.diagnosis() + "]", f.message());
                }
            }
        }
        List<Procedure> procedures = new ArrayList<>();
        List<ProcedureInput> rawProcedures = procedureInput == null ? List.of() : procedureInput;
        CodingRules.lineCount(rawProcedures.size(), "procedures", v);
        List<Money> charges = new ArrayList<>(rawProcedures.size());
        for (int i = 0; i < rawProcedures.size(); i++) {
            String field = "procedures[" + i + "]";
            ProcedureInput p = rawProcedures.get(i);
            if (p == null) {
                v.add("required", field, field + " is required");
                charges.add(null);
                continue;
            }
            Procedure parsed = procedure(p, field, serviceDate, dateOfBirth, today, diagnoses.size(), v);
            charges.add(parsed == null ? null : parsed.charge());
            if (parsed != null) {
                procedures.add(parsed);
            }
        }
        CodingRules.totalCharge(charges, "procedures", v);
        return new Coding(diagnoses, procedures);
    }

    private Procedure procedure(ProcedureInput p, String field, LocalDate encounterDate, LocalDate dateOfBirth,
                                LocalDate today, int diagnosisCount, Violations v) {
        LocalDate date = v.parse(field + ".serviceDate", () -> Dates.parseOptional(p.serviceDate()));
        LocalDate dateTo = v.parse(field + ".serviceDateTo", () -> Dates.parseOptional(p.serviceDateTo()));
        LocalDate on = date != null ? date : encounterDate;
        CodingRules.lineDates(encounterDate, on, dateTo, dateOfBirth, today, field + ".serviceDate",
                field + ".serviceDateTo", v);
        String code = p.code();
        CodeSystem system = CodingRules.procedureSystem(p.system(), code, field + ".system", v);
        if (v.required(field + ".code", code) != null && system != null) {
            if (on != null) {
                CodeValidation cv = codeSets.validate(system, code, on);
                CodingRules.codeErrors(cv, field + ".code", true, v);
                code = cv.normalized() == null ? code : cv.normalized();
            }
        }
        List<String> modifiers = new ArrayList<>();
        List<String> rawModifiers = p.modifiers() == null ? List.of() : p.modifiers();
        for (int m = 0; m < rawModifiers.size(); m++) {
            String mf = field + ".modifiers[" + m + "]";
            String mod = rawModifiers.get(m);
            if (v.required(mf, mod) == null || on == null) {
                continue;
            }
            CodeValidation cv = codeSets.validate(CodeSystem.MODIFIER, mod, on);
            CodingRules.codeErrors(cv, mf, false, v);
            modifiers.add(cv.normalized() == null ? mod.strip().toUpperCase(Locale.ROOT) : cv.normalized());
        }
        int units = p.units() == null ? 1 : p.units();
        CodingRules.units(units, field + ".units", v);
        Money charge = v.parse(field + ".charge", () -> Money.of(p.charge()));
        if (charge != null) {
            CodingRules.charge(charge, field + ".charge", v);
        }
        List<Integer> pointers = p.diagnosisPointers() == null ? List.of() : p.diagnosisPointers();
        CodingRules.diagnosisPointers(pointers, diagnosisCount, field + ".diagnosisPointers", v);
        Ndc parsedNdc = p.ndc() == null ? null : v.parse(field + ".ndc", () -> new Ndc(p.ndc()));
        String ndc = parsedNdc == null ? null : parsedNdc.value();
        if (system == null || charge == null) {
            return null;
        }
        return new Procedure(code, system, modifiers, units, charge, pointers, date, dateTo, ndc);
    }

    private Person person(PersonInput p, String field, Violations v, boolean requiredWhole) {
        if (p == null) {
            if (requiredWhole) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        LocalDate dob = v.parse(field + ".dateOfBirth", () -> Dates.parse(p.dateOfBirth()));
        if (dob != null && dob.isBefore(LocalDate.of(1880, 1, 1))) {
            v.add("date-of-birth-out-of-range", field + ".dateOfBirth", "a date of birth before 1880 is not plausible");
        }
        return new Person(p.id() == null ? null : identifier(p.id(), field + ".id", v),
                text(p.firstName(), field + ".firstName", true, v),
                text(p.lastName(), field + ".lastName", true, v), dob,
                enumValue(Sex.class, p.sex(), field + ".sex", v, true),
                p.address() == null ? null : address(p.address(), field + ".address", v, false));
    }

    /**
     * The coverages in payment order, from {@code coverages} or the deprecated {@code coverage} and
     * {@code secondaryCoverage}; an entry is null where it could not be read.
     */
    private List<Coverage> coverages(EncounterInput in, List<String> fields, Violations v) {
        if (in.coverages() != null && (in.coverage() != null || in.secondaryCoverage() != null)) {
            v.add("coverages-given-twice", in.coverage() != null ? "coverage" : "secondaryCoverage",
                    "send the coverages either as coverages (in payment order) or as the deprecated coverage and"
                            + " secondaryCoverage, not both");
            return List.of();
        }
        if (in.coverages() == null && in.coverage() == null && in.secondaryCoverage() != null) {
            v.add("secondary-coverage-without-primary", "secondaryCoverage",
                    "a secondary coverage needs a primary coverage (coverage)");
            return List.of();
        }
        if (in.coverages() != null && in.coverages().size() > CoveragePosition.MAX) {
            v.add("too-many-coverages", "coverages", "at most " + CoveragePosition.MAX
                    + " coverages: primary, secondary and tertiary");
            return List.of();
        }
        List<Coverage> out = new ArrayList<>(3);
        for (EncounterInput.Named<CoverageInput> c : in.coveragesAsSent()) {
            fields.add(c.field());
            if (c.value() == null) {
                v.add("required", c.field(), c.field() + " is required");
                out.add(null);
            } else {
                out.add(coverage(c.value(), c.field(), out.isEmpty(), v));
            }
        }
        order(out, fields, v);
        return out;
    }

    /**
     * The list is the payment order, so two rules hold on it: one payer and member is one coverage (billing it twice
     * would send the payer a claim it already decided), and Medicaid (claim filing indicator MC), the payer of last
     * resort, comes after every other coverage. Reported on the later entry's field, where the person looks.
     */
    private static void order(List<Coverage> coverages, List<String> fields, Violations v) {
        for (int j = 0; j < coverages.size(); j++) {
            Coverage later = coverages.get(j);
            if (later == null) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                Coverage earlier = coverages.get(i);
                if (earlier != null && same(earlier.payerId(), later.payerId())
                        && same(earlier.memberId(), later.memberId())) {
                    v.add("coverage-duplicate", fields.get(j) + ".memberId", fields.get(j)
                            + " has the same payer and member id as " + fields.get(i) + ": list each coverage once");
                }
            }
            if ("MC".equals(later.filingIndicator()) && j < coverages.size() - 1) {
                v.add("coverage-order", fields.get(j) + ".filingIndicator", "Medicaid (filing indicator MC) pays"
                        + " last: list it after the other coverages");
            }
        }
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** A birth date on or before the date of service, and not after today; reported on the birth date's field. */
    private static void birthDate(LocalDate dob, LocalDate serviceDate, LocalDate today, String field, Violations v) {
        if (dob == null) {
            return;
        }
        if (dob.isAfter(today)) {
            v.add("date-of-birth-in-future", field, "the date of birth " + dob + " is after today (" + today + ")");
        } else if (serviceDate != null && serviceDate.isBefore(dob)) {
            v.add("service-before-birth", field, "the date of birth " + dob + " is after the date of service "
                    + serviceDate);
        }
    }

    private Coverage coverage(CoverageInput c, String field, boolean primary, Violations v) {
        Relationship rel = enumValue(Relationship.class, c.relationship(), field + ".relationship", v, true);
        Person subscriber = person(c.subscriber(), field + ".subscriber", v, false);
        if (rel != null && rel != Relationship.SELF && c.subscriber() == null) {
            v.add("subscriber-required", field + ".subscriber", "the subscriber is required when the patient is not the subscriber");
        }
        String filing = c.filingIndicator();
        if (filing != null && !FILING_INDICATOR.matcher(filing.strip()).matches()) {
            v.add("filing-indicator-format", field + ".filingIndicator", "a claim filing indicator is two characters such as CI or MB");
        }
        String filingIndicator = filing == null ? null : filing.strip();
        MedicareSecondaryType msp = null;
        if (c.medicareSecondaryType() != null) {
            msp = MedicareSecondaryType.parse(c.medicareSecondaryType());
            if (msp == null) {
                v.add("enum-value", field + ".medicareSecondaryType", field + ".medicareSecondaryType is an SBR05 code: "
                        + java.util.Arrays.stream(MedicareSecondaryType.values()).map(MedicareSecondaryType::code).toList());
            } else if (primary || !("MA".equals(filingIndicator) || "MB".equals(filingIndicator))) {
                v.add("medicare-secondary-type-misplaced", field + ".medicareSecondaryType",
                        "a Medicare secondary payer type belongs on a Medicare coverage (filing indicator MA or MB)"
                                + " that is not primary");
            }
        }
        return new Coverage(text(c.payerId(), field + ".payerId", true, v), text(c.payerName(), field + ".payerName", true, v),
                text(c.memberId(), field + ".memberId", true, v),
                c.groupNumber() == null ? null : text(c.groupNumber(), field + ".groupNumber", false, v),
                filingIndicator, rel, subscriber, msp);
    }

    private Provider provider(ProviderInput p, String field, Violations v) {
        if (p == null) {
            return null;
        }
        return new Provider(v.parse(field + ".npi", () -> new Npi(p.npi())),
                text(p.firstName(), field + ".firstName", true, v), text(p.lastName(), field + ".lastName", true, v),
                p.taxonomyCode() == null ? null : v.parse(field + ".taxonomyCode", () -> new TaxonomyCode(p.taxonomyCode())));
    }

    private Address address(AddressInput a, String field, Violations v, boolean required) {
        if (a == null) {
            if (required) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        String zip = a.postalCode();
        if (v.required(field + ".postalCode", zip) != null && !POSTAL_CODE.matcher(zip.strip()).matches()) {
            v.add("postal-code-format", field + ".postalCode", "a ZIP code is 5 or 9 digits");
        }
        return new Address(text(a.line1(), field + ".line1", true, v),
                a.line2() == null ? null : text(a.line2(), field + ".line2", false, v),
                text(a.city(), field + ".city", true, v), state(a.state(), field + ".state", v),
                zip == null ? null : zip.strip().replace("-", ""));
    }

    private String state(String s, String field, Violations v) {
        if (v.required(field, s) == null) {
            return null;
        }
        String st = s.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(st)) {
            v.add("state-format", field, "a state is a two-letter USPS code");
        }
        return st;
    }

    /**
     * Free text that will end up in X12: present when required, no control characters or X12 delimiters. Its
     * character set and length are those of the 837P element it goes to ({@link EncounterText}, run over the whole
     * encounter once it is built).
     */
    static String text(String s, String field, boolean required, Violations v) {
        if (s == null || s.isBlank()) {
            if (required) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        String t = s.strip();
        if (!t.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f && X12Text.DELIMITERS.indexOf(ch) < 0)) {
            v.add("text-characters", field, field + " holds control characters or X12 delimiters (~ * ^ :)");
        }
        return t;
    }

    /** The practice's own id for a person: not written to X12, so bounded only by {@link #MAX_TEXT}. */
    private static String identifier(String s, String field, Violations v) {
        String t = text(s, field, false, v);
        if (t != null && t.length() > MAX_TEXT) {
            v.add("text-too-long", field, field + " is longer than " + MAX_TEXT + " characters");
        }
        return t;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s, String field, Violations v, boolean required) {
        if (s == null || s.isBlank()) {
            if (required) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("enum-value", field, field + " is one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
