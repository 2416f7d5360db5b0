package org.openbilling.clearinghouse.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Secrets as files in one folder that only the owner may enter, each file readable and writable by the owner
 * only (0700 / 0600), written to a temporary file and moved into place so that a crash never leaves half a secret.
 * A file that others may read is refused rather than used: someone widened it, and the secret must be replaced.
 * File names are hashes of the secret names, so the folder's listing tells nothing about the practices.
 */
public final class FileSecretStore implements SecretStore {
    private static final Set<PosixFilePermission> OWNER_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_DIR = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private final Path dir;

    public FileSecretStore(Path dir) {
        this.dir = dir;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // created by another process at the same moment
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the secrets folder " + dir, e);
        }
    }

    @Override
    public void put(String name, String value) {
        Path target = file(name);
        try {
            Path tmp = Files.createTempFile(dir, ".secret-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE));
            try {
                Files.writeString(tmp, value, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a secret", e);
        }
    }

    @Override
    public Optional<String> get(String name) {
        Path f = file(name);
        try {
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
            if (!OWNER_FILE.containsAll(perms)) {
                throw new IllegalStateException("the secret file " + f.getFileName()
                        + " may be read by others (" + PosixFilePermissions.toString(perms) + "): replace the secret");
            }
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a secret", e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a secret", e);
        }
    }

    Path file(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(d, 0, 20) + ".secret");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
