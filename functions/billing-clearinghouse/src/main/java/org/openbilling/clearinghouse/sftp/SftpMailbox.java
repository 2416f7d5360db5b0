package org.openbilling.clearinghouse.sftp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * One signed-in SFTP session with a clearinghouse mailbox (Apache MINA SSHD). The server's key must be the pinned
 * one, or nothing is sent: the session stops with {@link MailboxException.Reason#HOST_KEY_MISMATCH}. Every failure
 * is a {@link MailboxException} whose reason says whether to retry or to stop until an admin acts.
 *
 * <p>Each session has its own SSH client (with its own key check): a run holds one session per practice, so the
 * few milliseconds this costs are nothing beside the network, and no verifier is shared between practices.
 */
public final class SftpMailbox implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;

    private SftpMailbox(SshClient client, ClientSession session, SftpClient sftp) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
    }

    /** Connects, checks the server's key against the pinned one, signs in and opens the SFTP channel. */
    public static SftpMailbox open(MailboxAddress address) {
        AtomicReference<PublicKey> refused = new AtomicReference<>();
        SshClient client = SshClient.setUpDefaultClient();
        // nothing from the machine's own ~/.ssh (config, keys, known hosts): only what the connection says
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setServerKeyVerifier((session, remote, key) -> {
            if (address.hostKey().matches(key)) {
                return true;
            }
            refused.set(key);
            return false;
        });
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(address.user(), address.host(), address.port())
                    .verify(address.timeout()).getSession();
            if (address.credential() instanceof Credential.Password p) {
                session.addPasswordIdentity(p.password());
            } else if (address.credential() instanceof Credential.PrivateKey k) {
                for (KeyPair pair : keys(k)) {
                    session.addPublicKeyIdentity(pair);
                }
            }
            session.auth().verify(address.timeout());
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpMailbox(client, session, sftp);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            client.stop();
            if (refused.get() != null) {
                throw new MailboxException(MailboxException.Reason.HOST_KEY_MISMATCH, "the server at " + address.host()
                        + ":" + address.port() + " presented key " + PinnedHostKey.fingerprintOf(refused.get())
                        + ", not the pinned " + address.hostKey().fingerprint()
                        + "; nothing was sent. If the clearinghouse changed its key, an admin sets the new one", e);
            }
            if (e instanceof MailboxException m) {
                throw m;
            }
            if (connectFailure(e)) {
                throw new MailboxException(MailboxException.Reason.UNREACHABLE, "cannot reach " + address.host() + ":"
                        + address.port() + " (" + simple(e) + ")", e);
            }
            throw new MailboxException(MailboxException.Reason.AUTH_FAILED, "the server at " + address.host()
                    + " refused user " + address.user() + " with the stored " + address.credential().kind().toLowerCase()
                    + " (" + simple(e) + ")", e);
        }
    }

    /**
     * Checks that a private key can be read (format, passphrase) before it is stored.
     *
     * @throws MailboxException {@link MailboxException.Reason#AUTH_FAILED} when it cannot
     */
    public static void checkKey(Credential.PrivateKey key) {
        keys(key);
    }

    /** True while the session can still be used (a dropped connection cannot). */
    public boolean isOpen() {
        return session.isOpen() && sftp.isOpen();
    }

    private static Iterable<KeyPair> keys(Credential.PrivateKey k) {
        try (InputStream in = new ByteArrayInputStream(k.keyText().getBytes(StandardCharsets.US_ASCII))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("connection key"),
                    in, k.passphrase() == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(k.passphrase()));
            if (pairs == null || !pairs.iterator().hasNext()) {
                throw new MailboxException(MailboxException.Reason.AUTH_FAILED, "the stored private key holds no key", null);
            }
            return pairs;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new MailboxException(MailboxException.Reason.AUTH_FAILED,
                    "the stored private key cannot be read (wrong passphrase or format)", e);
        }
    }

    /** The regular files of a folder, by name; folders, links and anything else are left out. */
    public List<RemoteFile> list(String folder) {
        try {
            List<RemoteFile> out = new ArrayList<>();
            for (SftpClient.DirEntry e : sftp.readDir(folder)) {
                SftpClient.Attributes a = e.getAttributes();
                if (a.isRegularFile()) {
                    out.add(new RemoteFile(e.getFilename(), a.getSize(),
                            a.getModifyTime() == null ? null : a.getModifyTime().toInstant()));
                }
            }
            out.sort(Comparator.comparing(RemoteFile::name));
            return out;
        } catch (IOException e) {
            throw failure("list " + folder, e);
        } catch (java.io.UncheckedIOException e) {
            // the listing's iterator reads further pages lazily
            throw failure("list " + folder, e.getCause());
        }
    }

    /** The file at {@code path}, or empty when there is none. */
    public Optional<RemoteFile> stat(String folder, String name) {
        try {
            SftpClient.Attributes a = sftp.stat(path(folder, name));
            return Optional.of(new RemoteFile(name, a.getSize(),
                    a.getModifyTime() == null ? null : a.getModifyTime().toInstant()));
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH) {
                return Optional.empty();
            }
            throw failure("stat " + name, e);
        } catch (IOException e) {
            throw failure("stat " + name, e);
        }
    }

    /** Writes {@code in} to {@code folder/name}, replacing what is there; returns the bytes written. */
    public long write(String folder, String name, InputStream in) {
        try (OutputStream out = sftp.write(path(folder, name), BUFFER, SftpClient.OpenMode.Write,
                SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate)) {
            return in.transferTo(out);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_FAILURE) {
                // SFTP v3 servers (OpenSSH's too) answer a full disk or quota with this general status
                throw new MailboxException(MailboxException.Reason.TRANSFER_FAILED, "upload " + name
                        + ": the server could not store the file (SSH_FX_FAILURE, which is how a full disk or quota is"
                        + " reported: " + e.getMessage() + "); the file is sent again on the next run", e);
            }
            throw failure("upload " + name, e);
        } catch (IOException e) {
            throw failure("upload " + name, e);
        }
    }

    /** Renames {@code from} to {@code to} in one folder; refuses to replace an existing {@code to}. */
    public void rename(String folder, String from, String to) {
        try {
            sftp.rename(path(folder, from), path(folder, to));
        } catch (IOException e) {
            throw failure("rename " + from + " to " + to, e);
        }
    }

    /** Copies {@code folder/name} to {@code out}; returns the bytes read. */
    public long read(String folder, String name, OutputStream out) {
        try (InputStream in = sftp.read(path(folder, name), BUFFER)) {
            return in.transferTo(out);
        } catch (IOException e) {
            throw failure("download " + name, e);
        }
    }

    public void remove(String folder, String name) {
        try {
            sftp.remove(path(folder, name));
        } catch (IOException e) {
            throw failure("remove " + name, e);
        }
    }

    static String path(String folder, String name) {
        if (name.contains("/") || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("a file name may not hold a folder");
        }
        if (folder == null || folder.isEmpty() || folder.equals(".")) {
            return name;
        }
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    private MailboxException failure(String what, IOException e) {
        if (e instanceof SftpException s) {
            int status = s.getStatus();
            if (status == SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM || status == SftpConstants.SSH_FX_QUOTA_EXCEEDED
                    || mentionsFullDisk(s.getMessage())) {
                return new MailboxException(MailboxException.Reason.REMOTE_FULL,
                        what + ": the server has no room for the file (" + s.getMessage() + ")", e);
            }
            if (status == SftpConstants.SSH_FX_NO_SUCH_FILE || status == SftpConstants.SSH_FX_NO_SUCH_PATH
                    || status == SftpConstants.SSH_FX_PERMISSION_DENIED) {
                return new MailboxException(MailboxException.Reason.FOLDER_UNUSABLE,
                        what + ": " + SftpConstants.getStatusName(status) + " (" + s.getMessage() + ")", e);
            }
            return new MailboxException(MailboxException.Reason.TRANSFER_FAILED,
                    what + ": the server answered " + SftpConstants.getStatusName(status) + " (" + s.getMessage() + ")", e);
        }
        if (e instanceof InterruptedIOException) {
            Thread.currentThread().interrupt();
        }
        return new MailboxException(MailboxException.Reason.TRANSFER_FAILED,
                what + ": the connection failed (" + simple(e) + ")", e);
    }

    private static boolean mentionsFullDisk(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("no space") || m.contains("disk full") || m.contains("quota");
    }

    private static boolean connectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        // a connect that timed out before the server spoke
        return e.getMessage() != null && e.getMessage().contains("Failed to get operation result within");
    }

    private static String simple(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a failed session
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(sftp);
        closeQuietly(session);
        client.stop();
    }
}
