package org.openbilling.clearinghouse.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * A clearinghouse mailbox: an Apache MINA SSHD SFTP server on loopback over one folder, with one user who signs in
 * by password or by public key. The local run starts it as the demo practice's clearinghouse, the tests and the
 * reliability suite start it in-process; its {@link Faults} let them make the server fail as real ones do (a full
 * disk, a connection dropped in the middle of a file).
 *
 * <p>Run as a program: {@code MailboxServer --root DIR --host-key FILE --user U (--password P | --authorized-key LINE)
 * [--port N]} prints one JSON line {@code {"port":N,"hostKey":"ecdsa-sha2-nistp256 AAAA..."}} and serves until
 * stopped (or until its standard input closes, with {@code --exit-with-stdin}).
 */
public final class MailboxServer implements AutoCloseable {
    /** Failures a test turns on; the server behaves normally while they are off. */
    public static final class Faults {
        private volatile boolean diskFull;
        private final AtomicLong dropAfterBytes = new AtomicLong(-1);

        /** Every write into a file fails as on a full disk. */
        public void diskFull(boolean on) {
            diskFull = on;
        }

        /** The next transfer that passes {@code bytes} bytes (read or written) closes the whole SSH connection. */
        public void dropConnectionAfter(long bytes) {
            dropAfterBytes.set(bytes);
        }

        public void clear() {
            diskFull = false;
            dropAfterBytes.set(-1);
        }
    }

    private final SshServer server;
    private final Path root;
    private final Faults faults = new Faults();

    private MailboxServer(SshServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /**
     * Starts a server on 127.0.0.1 ({@code port} 0: a free one). The host key is kept in {@code hostKeyFile}
     * (created on first start), so that a restarted mailbox keeps the key its connections pinned.
     */
    public static MailboxServer start(Path root, Path hostKeyFile, int port, String user, String password,
                                      java.util.function.Predicate<PublicKey> authorizedKey) {
        try {
            Files.createDirectories(root);
            SshServer sshd = SshServer.setUpDefaultServer();
            sshd.setHost("127.0.0.1");
            sshd.setPort(port);
            SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
            keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
            keys.setKeySize(256);
            sshd.setKeyPairProvider(keys);
            sshd.setPasswordAuthenticator((u, p, s) -> password != null && u.equals(user) && p.equals(password));
            sshd.setPublickeyAuthenticator((u, k, s) -> u.equals(user) && authorizedKey.test(k));
            sshd.setKeyboardInteractiveAuthenticator(null);
            sshd.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
            MailboxServer mailbox = new MailboxServer(sshd, root);
            sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder()
                    .withFileSystemAccessor(mailbox.new FaultyAccessor()).build()));
            sshd.start();
            return mailbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mailbox server", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path root() {
        return root;
    }

    public Faults faults() {
        return faults;
    }

    /** The server's public key as an OpenSSH line: what an admin pins on the connection. */
    public String hostKeyLine() {
        return PublicKeyEntry.toString(hostKey());
    }

    public PublicKey hostKey() {
        try {
            return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default accessor, with the faults of {@link Faults} on the channels of opened files. */
    private final class FaultyAccessor implements SftpFileSystemAccessor {
        @Override
        public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file,
                                            String handle, Set<? extends OpenOption> options,
                                            FileAttribute<?>... attrs) throws IOException {
            SeekableByteChannel channel = SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle,
                    options, attrs);
            return new FaultyChannel(channel, subsystem.getServerSession());
        }
    }

    private final class FaultyChannel implements SeekableByteChannel {
        private final SeekableByteChannel delegate;
        private final ServerSession session;
        private long moved;

        FaultyChannel(SeekableByteChannel delegate, ServerSession session) {
            this.delegate = delegate;
            this.session = session;
        }

        private void count(int n) throws IOException {
            moved += Math.max(0, n);
            long limit = faults.dropAfterBytes.get();
            if (limit >= 0 && moved > limit && faults.dropAfterBytes.compareAndSet(limit, -1)) {
                session.close(true);
                throw new IOException("connection dropped by the mailbox (fault injected)");
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = delegate.read(dst);
            count(n);
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (faults.diskFull) {
                throw new IOException("No space left on device");
            }
            int n = delegate.write(src);
            count(n);
            return n;
        }

        @Override
        public long position() throws IOException {
            return delegate.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            delegate.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return delegate.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            delegate.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = null;
        Path hostKey = null;
        int port = 0;
        String user = null;
        String password = null;
        PublicKey[] authorized = {null};
        boolean exitWithStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--host-key" -> hostKey = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--password-file" -> password = Files.readString(Path.of(args[++i])).strip();
                case "--authorized-key" -> authorized[0] = PublicKeyEntry.parsePublicKeyEntry(args[++i])
                        .resolvePublicKey(null, null, null);
                case "--exit-with-stdin" -> exitWithStdin = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (root == null || hostKey == null || user == null || (password == null && authorized[0] == null)) {
            System.err.println("usage: MailboxServer --root DIR --host-key FILE --user U (--password P | --password-file F"
                    + " | --authorized-key LINE) [--port N] [--exit-with-stdin]");
            System.exit(2);
        }
        MailboxServer server = start(root, hostKey, port, user, password,
                k -> authorized[0] != null && KeyUtils.compareKeys(k, authorized[0]));
        System.out.println("{\"port\":" + server.port() + ",\"hostKey\":\"" + server.hostKeyLine() + "\"}");
        System.out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        if (exitWithStdin) {
            Thread t = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our stdin
                    }
                } catch (IOException ignored) {
                    // parent gone
                }
                System.exit(0);
            }, "stdin-watch");
            t.setDaemon(true);
            t.start();
        }
        stop.await();
    }
}
