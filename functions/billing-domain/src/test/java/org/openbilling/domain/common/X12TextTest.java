package org.openbilling.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class X12TextTest {
    @Test
    void transliterate_accentedLatinAndTypographicPunctuation_becomePlain() {
        assertEquals("Jose Muller-Strasse", X12Text.transliterate("José Müller–Straße"));
        assertEquals("Nguyen Thi Anh", X12Text.transliterate("Nguyễn Thị Ánh"));
        assertEquals("O'Brien \"Jr\"", X12Text.transliterate("O’Brien “Jr”"));
        assertEquals("Lukasz OEland AEro Sorensen", X12Text.transliterate("Łukasz Œland Æro Sørensen"));
        assertEquals("Penalosa 1 2", X12Text.transliterate("Peñalosa\u00a01\u202f2"));
    }

    @Test
    void transliterate_textAlreadyInTheSet_isTheSameString() {
        String plain = "Quenneville, Zelphira (Jr.) #2 & Co; 50% @ [x]";
        assertSame(plain, X12Text.transliterate(plain));
        assertTrue(X12Text.inCharacterSet(plain));
    }

    @Test
    void firstUnwritable_chineseEmojiCyrillic_isTheCharacter_andLatinIsNone() {
        assertEquals('王', X12Text.firstUnwritable("王小明"));
        assertEquals(0x1F600, X12Text.firstUnwritable("Ann 😀"));
        assertEquals('А', X12Text.firstUnwritable("Андрей"));
        assertEquals(-1, X12Text.firstUnwritable("Zoë Ñúñez"));
        assertEquals(-1, X12Text.firstUnwritable("tab\there"), "control characters are input's own rule");
        assertEquals("'王' (U+738B)", X12Text.describe('王'));
        assertFalse(X12Text.inCharacterSet('`'));
    }

    @Test
    void asWritten_isUpperCaseTransliteratedWithoutDelimiters() {
        assertEquals("JOSE MULLER", X12Text.asWritten("  José Müller "));
        assertEquals("STRASSE", X12Text.asWritten("Straße"));
        assertEquals("A B", X12Text.asWritten("A~B"));
        assertEquals("", X12Text.asWritten(null));
    }

    @Test
    void writtenLength_isTheLengthOfAsWritten() {
        for (String s : new String[] {"Quenneville", "  Ann  ", "*Ann~", "A ~ B", ":", "Müller", "Straße", "  ", ""}) {
            assertEquals(X12Text.asWritten(s).length(), X12Text.writtenLength(s), s);
        }
    }
}
