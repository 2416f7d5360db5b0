package org.openbilling.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/** One RSA key pair per test JVM: tests mint their own tokens, and the apps under test trust its public half. */
public final class TestKeys {
    public static final String ISSUER = "https://issuer.billing.test";
    public static final String AUDIENCE = "billing-api";
    private static final KeyPair PAIR = generate();

    private TestKeys() {
    }

    public static PrivateKey privateKey() {
        return PAIR.getPrivate();
    }

    public static PublicKey publicKey() {
        return PAIR.getPublic();
    }

    /** The public key as PEM text, the form {@code mp.jwt.verify.publickey} takes inline. */
    public static String publicKeyPem() {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PAIR.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
