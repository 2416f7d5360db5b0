package org.openbilling.clearinghouse.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;

class PinnedHostKeyTest {
    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    @Test
    void parse_ofKeyLineFingerprintOrKnownHostsLine_matchesOnlyThatKey() throws Exception {
        KeyPair key = ec();
        KeyPair other = ec();
        String line = PublicKeyEntry.toString(key.getPublic());
        for (String text : new String[] {line, line + " comment", "[mailbox.example]:2222 " + line,
                PinnedHostKey.fingerprintOf(key.getPublic())}) {
            PinnedHostKey pin = PinnedHostKey.parse(text);
            assertTrue(pin.matches(key.getPublic()), text);
            assertFalse(pin.matches(other.getPublic()), text);
            assertEquals(PinnedHostKey.fingerprintOf(key.getPublic()), pin.fingerprint());
        }
    }

    @Test
    void parse_ofGarbage_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> PinnedHostKey.parse("ssh-rsa not-base64"));
        assertThrows(IllegalArgumentException.class, () -> PinnedHostKey.parse("SHA256:short"));
        assertThrows(IllegalArgumentException.class, () -> PinnedHostKey.parse(" "));
    }
}
