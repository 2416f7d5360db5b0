package org.openbilling.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link Segment}: amounts and upper case give exactly what the JDK's general code gives. */
class SegmentTest {
    @Test
    void cents_givesWhatBigDecimalGives_scaleIncluded() {
        for (String v : new String[] {"0", "140.5", "100", "-5.00", "0.01", ".5", "5.", "-0", "999999999.99",
                "123456789012345"}) {
            BigDecimal expected = new BigDecimal(v);
            BigDecimal fast = Segment.cents(v);
            assertEquals(expected, fast, v); // BigDecimal.equals compares the scale too
        }
    }

    @Test
    void cents_leavesAnythingElseToBigDecimal() {
        for (String v : new String[] {"", "-", ".", "12.500", "1E3", "+5", "12.3X", "1.2.3", "1234567890123456",
                " 5", "--5"}) {
            assertNull(Segment.cents(v), v);
        }
    }

    @Test
    void upper_returnsUpperCaseTextAsItIs_andMapsTheRest() {
        String code = "CO";
        assertSame(code, Segment.upper(code));
        assertEquals("HC", Segment.upper("hc"));
        assertEquals("ÉCOLE", Segment.upper("école"));
        assertEquals("", Segment.upper(""));
    }
}
