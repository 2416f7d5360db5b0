package org.openbilling.claimstatus.clearinghouse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openbilling.clearinghouse.sftp.Credential;

/** A credential as the secret store keeps it: its kind, then its parts base64-encoded, one a line. */
final class CredentialCodec {
    private CredentialCodec() {
    }

    static String encode(Credential c) {
        if (c instanceof Credential.Password p) {
            return "PASSWORD\n" + b64(p.password());
        }
        Credential.PrivateKey k = (Credential.PrivateKey) c;
        return "KEY\n" + b64(k.keyText()) + "\n" + (k.passphrase() == null ? "" : b64(k.passphrase()));
    }

    static Credential decode(String stored) {
        String[] lines = stored.split("\n", -1);
        if (lines[0].equals("PASSWORD")) {
            return new Credential.Password(unb64(lines[1]));
        }
        return new Credential.PrivateKey(unb64(lines[1]), lines.length > 2 && !lines[2].isEmpty() ? unb64(lines[2]) : null);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
