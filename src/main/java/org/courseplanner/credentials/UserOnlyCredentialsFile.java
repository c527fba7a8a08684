package org.courseplanner.credentials;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.courseplanner.domain.Refusal;
import org.courseplanner.domain.StorageException;
import org.courseplanner.domain.sync.CredentialStore;

/**
 * Calendar passwords in a file only its owner can read ({@code rw-------}), for computers without a
 * keyring: one line per user and server. The file is created with those permissions before a
 * secret is written to it, replaced whole (a temporary file moved over it), and refused when
 * someone made it readable by others. On Windows the user's own AppData folder is what protects it.
 */
public final class UserOnlyCredentialsFile implements CredentialStore {
    public static final String FILE_NAME = "credentials";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final boolean posix;

    /** The file {@code credentials} in this folder (tests give a temporary one). */
    public UserOnlyCredentialsFile(Path folder) {
        this.file = folder.toAbsolutePath().resolve(FILE_NAME);
        this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Linux and other Unix: {@code $XDG_CONFIG_HOME/course-planner} or {@code ~/.config/course-planner};
     * macOS: {@code ~/Library/Application Support/Course Planner}; Windows: {@code %APPDATA%\Course Planner}.
     */
    static Path configFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Course Planner");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Course Planner");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("course-planner");
    }

    /** The file's path. */
    public Path file() {
        return file;
    }

    @Override
    public Optional<char[]> password(URI server, String user) {
        String password = read().getProperty(CredentialKey.of(server, user).asText());
        return Optional.ofNullable(password).map(String::toCharArray);
    }

    @Override
    public void save(URI server, String user, char[] password) {
        String key = CredentialKey.of(server, user).asText();
        change(entries -> entries.setProperty(key, new String(password)));
    }

    @Override
    public void forget(URI server, String user) {
        String key = CredentialKey.of(server, user).asText();
        change(entries -> entries.remove(key));
    }

    @Override
    public String where() {
        return file + (posix ? " (readable by you alone)" : " (in your own AppData folder)");
    }

    private Properties read() {
        try (InputStream in = Files.newInputStream(file)) {
            requireOwnerOnly();
            Properties entries = new Properties();
            entries.load(in);
            return entries;
        } catch (NoSuchFileException none) {
            return new Properties();
        } catch (IOException e) {
            throw new StorageException("cannot read the saved passwords in " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private void requireOwnerOnly() throws IOException {
        if (!posix) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new Refusal("password", "the saved passwords in " + file + " can be read or changed by other users of this computer ("
                    + PosixFilePermissions.toString(permissions) + "): run  chmod 600 '" + file + "'  and change your calendar"
                    + " password on the server, since someone else may have read it");
        }
    }

    /** Reads, changes and replaces the file whole, holding a lock so that two windows or commands do not lose each other's change. */
    private void change(java.util.function.Consumer<Properties> edit) {
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder, ownerOnly(OWNER_ONLY_FOLDER));
            }
            try (FileChannel lockFile = FileChannel.open(folder.resolve(FILE_NAME + ".lock"), Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), ownerOnly(OWNER_ONLY)); FileLock lock = lockFile.lock()) {
                Properties entries = read();
                edit.accept(entries);
                replace(entries);
            }
        } catch (IOException e) {
            throw new StorageException("cannot save the password in " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private void replace(Properties entries) throws IOException {
        // created owner-only before a secret is in it, so it is never readable by others, not even for a moment
        Path temp = Files.createTempFile(file.getParent(), "." + FILE_NAME + "-", ".part", ownerOnly(OWNER_ONLY));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                entries.store(out, "Course Planner's calendar passwords: server user = password. Keep it readable by you alone.");
            }
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true); // on disk before it replaces the old file
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "passwords in " + file;
    }
}
