package org.courseplanner.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.courseplanner.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserOnlyCredentialsFileTest {
    private static final URI NEXTCLOUD = URI.create("https://cloud.example.org/remote.php/dav/calendars/ana/personal/");
    private static final URI RADICALE = URI.create("http://127.0.0.1:5232/ana/courses/");

    @TempDir
    Path home;

    UserOnlyCredentialsFile store() {
        return new UserOnlyCredentialsFile(home.resolve("config").resolve("course-planner"));
    }

    @Test
    void aSavedPasswordIsFoundAgainByAnotherStoreOnTheSameFile() {
        store().save(NEXTCLOUD, "ana", "crème = brûlée: 42 #!".toCharArray());

        assertThat(store().password(NEXTCLOUD, "ana")).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("crème = brûlée: 42 #!"));
        assertThat(store().password(NEXTCLOUD, "ben")).isEmpty();
    }

    @Test
    void eachUserOnEachServerHasTheirOwnAndTheCalendarsOfOneServerShareIt() {
        UserOnlyCredentialsFile store = store();
        store.save(NEXTCLOUD, "ana", "ana's".toCharArray());
        store.save(NEXTCLOUD, "ana@example.org", "ana's mail login".toCharArray());
        store.save(RADICALE, "ana", "local".toCharArray());

        assertThat(new String(store.password(NEXTCLOUD, "ana").orElseThrow())).isEqualTo("ana's");
        assertThat(new String(store.password(NEXTCLOUD, "ana@example.org").orElseThrow())).isEqualTo("ana's mail login");
        assertThat(new String(store.password(RADICALE, "ana").orElseThrow())).isEqualTo("local");
        assertThat(new String(store.password(URI.create("https://CLOUD.example.org:443/remote.php/dav/calendars/ana/work/"), "ana")
                .orElseThrow())).isEqualTo("ana's");
        assertThat(store.password(URI.create("http://127.0.0.1:5233/ana/courses/"), "ana")).isEmpty();
    }

    @Test
    void savingAgainReplacesAndForgettingRemovesOnlyThatOne() {
        UserOnlyCredentialsFile store = store();
        store.save(NEXTCLOUD, "ana", "old".toCharArray());
        store.save(RADICALE, "ana", "local".toCharArray());
        store.save(NEXTCLOUD, "ana", "new".toCharArray());
        assertThat(new String(store.password(NEXTCLOUD, "ana").orElseThrow())).isEqualTo("new");

        store.forget(NEXTCLOUD, "ana");
        store.forget(NEXTCLOUD, "nobody");

        assertThat(store.password(NEXTCLOUD, "ana")).isEmpty();
        assertThat(new String(store.password(RADICALE, "ana").orElseThrow())).isEqualTo("local");
    }

    @Test
    void nothingSavedIsNothingFoundAndNoFileIsMade() {
        assertThat(store().password(NEXTCLOUD, "ana")).isEmpty();
        assertThat(store().file()).doesNotExist();
    }

    @Test
    void theFileAndItsFolderAreTheOwnersAlone() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        UserOnlyCredentialsFile store = store();
        store.save(NEXTCLOUD, "ana", "secret".toCharArray());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent()))).isEqualTo("rwx------");
        assertThat(store.where()).contains(store.file().toString()).contains("readable by you alone");
    }

    @Test
    void theFileIsReplacedWholeByRenameLeavingNoTemporaryFile() throws IOException {
        assumeTrue(posix(), "inode numbers");
        UserOnlyCredentialsFile store = store();
        store.save(NEXTCLOUD, "ana", "first".toCharArray());
        Object before = Files.getAttribute(store.file(), "unix:ino");

        store.save(RADICALE, "ana", "second".toCharArray());

        assertThat(Files.getAttribute(store.file(), "unix:ino")).isNotEqualTo(before);
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("credentials", "credentials.lock");
        }
        assertThat(Files.readString(store.file())).contains("first", "second");
    }

    @Test
    void aFileOthersCanReadIsRefusedWithTheChmodToRun() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        UserOnlyCredentialsFile store = store();
        store.save(NEXTCLOUD, "ana", "secret".toCharArray());
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> store.password(NEXTCLOUD, "ana")).isInstanceOf(Refusal.class)
                .hasMessageContaining("chmod 600 '" + store.file() + "'").hasMessageContaining("rw-r--r--")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> store.save(RADICALE, "ana", "x".toCharArray())).isInstanceOf(Refusal.class);
        assertThat(Files.readString(store.file())).doesNotContain("127.0.0.1"); // nothing was added to an exposed file
    }

    @Test
    void theConfigFolderFollowsEachSystemsRules() {
        Path userHome = Path.of("/home/ana");
        assertThat(UserOnlyCredentialsFile.configFolder("Linux", Map.of(), userHome)).isEqualTo(Path.of("/home/ana/.config/course-planner"));
        assertThat(UserOnlyCredentialsFile.configFolder("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), userHome))
                .isEqualTo(Path.of("/xdg/course-planner"));
        assertThat(UserOnlyCredentialsFile.configFolder("Linux", Map.of("XDG_CONFIG_HOME", "relative"), userHome))
                .isEqualTo(Path.of("/home/ana/.config/course-planner"));
        assertThat(UserOnlyCredentialsFile.configFolder("Windows 11", Map.of("APPDATA", "/appdata"), userHome))
                .isEqualTo(Path.of("/appdata/Course Planner"));
        assertThat(UserOnlyCredentialsFile.configFolder("Mac OS X", Map.of(), userHome))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Course Planner"));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
