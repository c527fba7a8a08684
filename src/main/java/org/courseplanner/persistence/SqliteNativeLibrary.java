package org.courseplanner.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in the data folder, so that a command loads it from there.
 * Left alone, sqlite-jdbc copies the library out of the jar into the temp folder in every process,
 * reads both copies back to compare them byte by byte, and deletes its copy at exit: a sixth of a
 * short command's time. The kept copy is named by the jar entry's CRC-32 and size (the jar's own
 * directory gives both without reading the library), is written under a temporary name and moved
 * into place whole, and is written again when its size is not the entry's; a newer jar brings a
 * new name. When the folder cannot be written, or the library is not in a jar, or the user chose
 * a library ({@code org.sqlite.lib.path}), sqlite-jdbc does as it always does.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Before the first connection of this process: points sqlite-jdbc at the kept copy, writing it when it is missing. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        keptCopy(DataFolder.defaultDatabase().getParent().resolve("native")).ifPresent(copy -> {
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            quietScratchFolder(copy.getParent().resolve("scratch"));
        });
    }

    /**
     * At its first connection sqlite-jdbc lists its temp folder for stale copies of its library,
     * by default the whole of the system's temp folder (thousands of files on a busy machine), even
     * when it loads a library named by {@link #PATH_PROPERTY}. With the kept copy it extracts
     * nothing, so it is given an empty folder of its own to list. Not when the user chose one.
     */
    static void quietScratchFolder(Path scratch) {
        if (System.getProperty(TMPDIR_PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(scratch);
            System.setProperty(TMPDIR_PROPERTY, scratch.toString());
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc lists the system's temp folder, as it always did
        }
    }

    /**
     * The jar's folder of this system's library. sqlite-jdbc's own answer ({@code OSInfo}) starts a
     * {@code uname -o} process and resolves every file the JVM has mapped, to rule out Android and
     * musl: tens of milliseconds in every command. On 64-bit Linux with no sign of either, the
     * answer is known without that; anywhere else, or when the user names an architecture,
     * sqlite-jdbc decides as it always does.
     */
    static String resourceFolder() {
        String arch = System.getProperty("os.arch", "");
        boolean common64 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64");
        if ("Linux".equals(System.getProperty("os.name")) && common64 && System.getProperty("org.sqlite.osinfo.architecture") == null
                && !mayBeAndroidOrMusl()) {
            return "/org/sqlite/native/Linux/" + (arch.equals("aarch64") ? "aarch64" : "x86_64");
        }
        return LibraryLoaderUtil.getNativeLibResourcePath();
    }

    /** Android's runtime, Termux, or a musl loader installed: then only sqlite-jdbc's full check can tell. */
    private static boolean mayBeAndroidOrMusl() {
        String prefix = System.getenv("PREFIX");
        return System.getProperty("java.runtime.name", "").toLowerCase(java.util.Locale.ROOT).contains("android")
                || (prefix != null && prefix.contains("com.termux")) || Files.exists(Path.of("/system/build.prop"))
                || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1")) || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"));
    }

    /** The library kept in {@code folder}, written there from the jar if it is not yet; empty when it cannot be. */
    static Optional<Path> keptCopy(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SQLiteJDBCLoader.class.getResource(resourceFolder() + "/" + name);
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return Optional.empty();
        }
        try {
            JarURLConnection connection = (JarURLConnection) resource.openConnection();
            JarEntry entry = connection.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            Path copy = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + Long.toHexString(entry.getCrc()) + "-"
                    + entry.getSize() + "-" + name);
            if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
                return Optional.of(copy);
            }
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, copy.getFileName().toString(), ".part");
            try {
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (Files.size(part) != entry.getSize()) {
                    return Optional.empty();
                }
                // another process may be moving its own copy in: either whole copy is the same library
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // sqlite-jdbc extracts it to the temp folder as before
        }
    }
}
