package org.openbilling.clearinghouse.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {
    @TempDir
    Path dir;

    @Test
    void put_storesOwnerOnlyFiles_inAnOwnerOnlyFolder_namedByHash() throws Exception {
        FileSecretStore store = new FileSecretStore(dir.resolve("secrets"));
        store.put("clearinghouse/demo-practice", "hunter2");
        store.put("clearinghouse/demo-practice", "hunter3");
        assertEquals(Optional.of("hunter3"), store.get("clearinghouse/demo-practice"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secrets"))));
        try (var files = Files.list(dir.resolve("secrets"))) {
            var all = files.toList();
            assertEquals(1, all.size());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(all.get(0))));
            assertFalse(all.get(0).getFileName().toString().contains("demo"));
        }
        store.delete("clearinghouse/demo-practice");
        assertTrue(store.get("clearinghouse/demo-practice").isEmpty());
    }

    @Test
    void get_ofAFileOthersMayRead_isRefused() throws Exception {
        FileSecretStore store = new FileSecretStore(dir.resolve("secrets"));
        store.put("x", "hunter2");
        Files.setPosixFilePermissions(store.file("x"), PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.get("x"));
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
