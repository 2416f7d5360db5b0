package org.openbilling.clearinghouse.sftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbilling.clearinghouse.mailbox.MailboxServer;

/** The SFTP client against a real Apache MINA SSHD server on loopback, with its faults turned on one at a time. */
class SftpMailboxTest {
    @TempDir
    static Path dir;
    static MailboxServer server;
    static volatile java.security.PublicKey authorized;

    @BeforeAll
    static void start() throws Exception {
        server = MailboxServer.start(dir.resolve("root"), dir.resolve("host.key"), 0, "practice", "s3cret",
                key -> authorized != null && org.apache.sshd.common.config.keys.KeyUtils.compareKeys(key, authorized));
        for (String folder : new String[] {"in", "out", "full", "drop"}) {
            Files.createDirectories(server.root().resolve(folder));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clearFaults() {
        server.faults().clear();
    }

    private static MailboxAddress address(Credential credential, String pin) {
        return new MailboxAddress("127.0.0.1", server.port(), "practice", credential, PinnedHostKey.parse(pin),
                Duration.ofSeconds(10));
    }

    private static MailboxAddress good() {
        return address(new Credential.Password("s3cret"), server.hostKeyLine());
    }

    @Test
    void writeRenameListRead_withPinnedKeyAndPassword_moveTheFileWhole() throws Exception {
        byte[] body = "ISA*00*...~".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        try (SftpMailbox m = SftpMailbox.open(good())) {
            assertEquals(body.length, m.write("in", ".batch-1.part", new ByteArrayInputStream(body)));
            m.rename("in", ".batch-1.part", "batch-1.837");
            List<RemoteFile> listed = m.list("in");
            assertEquals(List.of("batch-1.837"), listed.stream().map(RemoteFile::name).toList());
            assertEquals(body.length, listed.get(0).size());
            assertTrue(m.stat("in", "batch-1.837").isPresent());
            assertFalse(m.stat("in", ".batch-1.part").isPresent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.read("in", "batch-1.837", out);
            assertArrayEquals(body, out.toByteArray());
            m.remove("in", "batch-1.837");
            assertTrue(m.list("in").isEmpty());
        }
    }

    @Test
    void open_withPrivateKey_signsIn() throws Exception {
        // RSA: its PKCS#8 form carries what MINA needs to derive the public key (an EC one from the JDK does not)
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair rsa = g.generateKeyPair();
        authorized = rsa.getPublic();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(rsa.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try (SftpMailbox m = SftpMailbox.open(address(new Credential.PrivateKey(pem, null), server.hostKeyLine()))) {
            assertTrue(m.list("out").isEmpty());
        }
    }

    @Test
    void open_withPinnedFingerprint_signsIn() {
        String fingerprint = PinnedHostKey.fingerprintOf(server.hostKey());
        try (SftpMailbox m = SftpMailbox.open(address(new Credential.Password("s3cret"), fingerprint))) {
            assertTrue(m.list("out").isEmpty());
        }
    }

    @Test
    void open_whenServerPresentsAnotherKey_stopsWithHostKeyMismatch() {
        try (MailboxServer impostor = MailboxServer.start(dir.resolve("root2"), dir.resolve("other.key"), 0,
                "practice", "s3cret", key -> false)) {
            MailboxAddress pinnedToFirst = new MailboxAddress("127.0.0.1", impostor.port(), "practice",
                    new Credential.Password("s3cret"), PinnedHostKey.parse(server.hostKeyLine()), Duration.ofSeconds(10));
            MailboxException e = assertThrows(MailboxException.class, () -> SftpMailbox.open(pinnedToFirst));
            assertEquals(MailboxException.Reason.HOST_KEY_MISMATCH, e.reason());
            assertTrue(e.reason().stopsConnection());
            assertTrue(e.getMessage().contains(PinnedHostKey.fingerprintOf(impostor.hostKey())), e.getMessage());
        }
    }

    @Test
    void open_withWrongPassword_stopsWithAuthFailed_andNeverShowsThePassword() {
        MailboxException e = assertThrows(MailboxException.class,
                () -> SftpMailbox.open(address(new Credential.Password("wrong-pass"), server.hostKeyLine())));
        assertEquals(MailboxException.Reason.AUTH_FAILED, e.reason());
        assertTrue(e.reason().stopsConnection());
        assertFalse(e.getMessage().contains("wrong-pass"));
    }

    @Test
    void open_whenNothingListens_isUnreachable_andMayBeRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        MailboxAddress nobody = new MailboxAddress("127.0.0.1", port, "practice", new Credential.Password("s3cret"),
                PinnedHostKey.parse(server.hostKeyLine()), Duration.ofSeconds(5));
        MailboxException e = assertThrows(MailboxException.class, () -> SftpMailbox.open(nobody));
        assertEquals(MailboxException.Reason.UNREACHABLE, e.reason());
        assertFalse(e.reason().stopsConnection());
    }

    @Test
    void write_whenServerDiskIsFull_failsForARetry_andLeavesNoFinalFile() {
        server.faults().diskFull(true);
        try (SftpMailbox m = SftpMailbox.open(good())) {
            MailboxException e = assertThrows(MailboxException.class,
                    () -> m.write("full", ".full.part", new ByteArrayInputStream(new byte[100_000])));
            // MINA, like OpenSSH, reports a failed write as SSH_FX_FAILURE (v3 has no "disk full" status)
            assertEquals(MailboxException.Reason.TRANSFER_FAILED, e.reason(), e.getMessage());
            assertFalse(e.reason().stopsConnection());
            assertTrue(e.getMessage().contains("full disk"), e.getMessage());
            assertFalse(m.stat("full", "full.837").isPresent());
        }
    }

    @Test
    void read_whenServerDropsTheConnectionMidFile_failsTransfer_andTheNextSessionWorks() throws Exception {
        Files.write(server.root().resolve("drop/big.835"), new byte[1_000_000]);
        server.faults().dropConnectionAfter(200_000);
        try (SftpMailbox m = SftpMailbox.open(good())) {
            MailboxException e = assertThrows(MailboxException.class,
                    () -> m.read("drop", "big.835", new ByteArrayOutputStream()));
            assertEquals(MailboxException.Reason.TRANSFER_FAILED, e.reason());
        }
        try (SftpMailbox m = SftpMailbox.open(good())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(1_000_000, m.read("drop", "big.835", out));
        } finally {
            Files.delete(server.root().resolve("drop/big.835"));
        }
    }

    @Test
    void read_of50MegabyteFile_streamsItToDiskWhileHashing() throws Exception {
        Path remote = server.root().resolve("drop/era-50mb.835");
        byte[] block = "CLP*ZZ0001*1*170.5*120*20*12*PCN1*11*1~SVC*HC:99213*125*85**1~CAS*PR*3*20~\n"
                .getBytes(StandardCharsets.US_ASCII);
        long size = 0;
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        try (var out = Files.newOutputStream(remote)) {
            while (size < 50L * 1024 * 1024) {
                out.write(block);
                sha.update(block);
                size += block.length;
            }
        }
        Path local = dir.resolve("era-50mb.local");
        try (SftpMailbox m = SftpMailbox.open(good()); var out = Files.newOutputStream(local);
             var hashing = new org.openbilling.clearinghouse.Sha256(out)) {
            assertEquals(size, m.read("drop", "era-50mb.835", hashing));
            hashing.flush();
            assertEquals(java.util.HexFormat.of().formatHex(sha.digest()), hashing.hex());
        } finally {
            Files.delete(remote);
        }
        assertEquals(size, Files.size(local));
        Files.delete(local);
    }

    @Test
    void list_ofMissingFolder_failsFolderUnusable() {
        try (SftpMailbox m = SftpMailbox.open(good())) {
            MailboxException e = assertThrows(MailboxException.class, () -> m.list("no-such-folder"));
            assertEquals(MailboxException.Reason.FOLDER_UNUSABLE, e.reason());
        }
    }
}
