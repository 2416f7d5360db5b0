package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.common.X12Element;
import org.openbilling.domain.common.X12Text;
import org.openbilling.domain.encounter.Parties.Person;

/**
 * The lengths intake checks ({@link X12Element}, in billing-domain) are those of the implementation schema the writer
 * validates against: the schema is the one source, and this test fails the build when the table drifts from it.
 * And what intake lets through, the writer writes without a schema finding.
 */
class X12ElementTest {
    @Test
    void everyElementLength_isTheImplementationSchemas() throws Exception {
        Schema schema = SchemaFactory.newFactory().createSchema(Claim837Writer.class.getResource(Claim837Writer.SCHEMA_RESOURCE));
        for (X12Element e : X12Element.values()) {
            EDIType segment = schema.getType(e.segment());
            assertInstanceOf(EDIComplexType.class, segment, e + ": no segment " + e.segment() + " in the schema");
            List<?> references = ((EDIComplexType) segment).getReferences();
            assertTrue(references.size() >= e.position(), e + ": the schema's " + e.segment() + " has no element " + e.position());
            EDIType type = ((EDIComplexType) segment).getReferences().get(e.position() - 1).getReferencedType();
            EDISimpleType simple = assertInstanceOf(EDISimpleType.class, type, e.toString());
            assertEquals(simple.getMaxLength(), e.maxLength(), e + " maximum");
            assertEquals(simple.getMinLength(), e.minLength(), e + " minimum");
        }
    }

    @Test
    void write_textAtEveryMaximumAsWritten_passesTheSchema_andOneMoreFails() {
        String last = "A".repeat(X12Element.NM103.maxLength() - 6) + "MÜLLER"; // 60 as written
        Claim atMaximum = withPatientLastName(Claims.anOfficeVisit("CLMLEN01"), last);
        assertEquals(60, X12Text.asWritten(last).length());
        String x12 = new Claim837Writer().write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(atMaximum));
        assertTrue(x12.contains("*" + "A".repeat(54) + "MULLER*"), "transliterated as intake measured it");

        Claim over = withPatientLastName(Claims.anOfficeVisit("CLMLEN01"), last + "E");
        X12ValidationException e = assertThrows(X12ValidationException.class,
                () -> new Claim837Writer().write(Claims.envelope(), ControlNumbers.of(1, 1, 1), List.of(over)));
        assertTrue(e.issues().stream().anyMatch(i -> "NM1".equals(i.segmentId()) && i.elementPosition() == 3), e.issues().toString());
    }

    private static Claim withPatientLastName(Claim c, String lastName) {
        Person p = c.patient();
        Person renamed = new Person(p.id(), p.firstName(), lastName, p.dateOfBirth(), p.sex(), p.address());
        return c.withBilled(c.billed().withDetails(c.details().withPatient(renamed)));
    }
}
