package org.courseplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** sqlite-jdbc's library is written to the data folder once, whole, and written again when it is not whole. */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    private static byte[] inTheJar() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFirstProcessWritesTheLibraryAndTheNextOnesUseIt() throws Exception {
        Path folder = dir.resolve("native");

        Path copy = SqliteNativeLibrary.keptCopy(folder).orElseThrow();
        assertThat(copy.getParent()).isEqualTo(folder);
        assertThat(copy.getFileName().toString()).startsWith("sqlite-" + SQLiteJDBCLoader.getVersion() + "-")
                .endsWith(LibraryLoaderUtil.getNativeLibName());
        assertThat(Arrays.equals(Files.readAllBytes(copy), inTheJar())).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(copy); // no part left behind
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertThat(SqliteNativeLibrary.keptCopy(folder)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
    }

    @Test
    void aCopyCutShortIsWrittenAgain() throws Exception {
        Path folder = dir.resolve("native");
        Path copy = SqliteNativeLibrary.keptCopy(folder).orElseThrow();
        Files.write(copy, Arrays.copyOf(inTheJar(), 4096));

        assertThat(SqliteNativeLibrary.keptCopy(folder)).contains(copy);
        assertThat(Arrays.equals(Files.readAllBytes(copy), inTheJar())).isTrue();
    }

    @Test
    void theQuickAnswerForThisSystemIsSqliteJdbcsOwn() {
        // sqlite-jdbc's answer runs `uname -o` and reads the JVM's mapped files; ours must agree with it here
        assertThat(SqliteNativeLibrary.resourceFolder()).isEqualTo(LibraryLoaderUtil.getNativeLibResourcePath());
        assertThat(SQLiteJDBCLoader.class.getResource(SqliteNativeLibrary.resourceFolder() + "/" + LibraryLoaderUtil.getNativeLibName()))
                .isNotNull();
    }

    @Test
    void sqliteJdbcListsAnEmptyFolderOfItsOwnInsteadOfTheSystemsTempFolderUnlessTheUserChoseOne() {
        String before = System.getProperty(SqliteNativeLibrary.TMPDIR_PROPERTY);
        try {
            System.clearProperty(SqliteNativeLibrary.TMPDIR_PROPERTY);
            Path scratch = dir.resolve("native").resolve("scratch");
            SqliteNativeLibrary.quietScratchFolder(scratch);
            assertThat(System.getProperty(SqliteNativeLibrary.TMPDIR_PROPERTY)).isEqualTo(scratch.toString());
            assertThat(scratch).isEmptyDirectory();

            System.setProperty(SqliteNativeLibrary.TMPDIR_PROPERTY, "/the/users/choice");
            SqliteNativeLibrary.quietScratchFolder(scratch);
            assertThat(System.getProperty(SqliteNativeLibrary.TMPDIR_PROPERTY)).isEqualTo("/the/users/choice");
        } finally {
            if (before == null) {
                System.clearProperty(SqliteNativeLibrary.TMPDIR_PROPERTY);
            } else {
                System.setProperty(SqliteNativeLibrary.TMPDIR_PROPERTY, before);
            }
        }
    }

    @Test
    void aFolderThatCannotBeMadeKeepsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

        assertThat(SqliteNativeLibrary.keptCopy(file.resolve("native"))).isEqualTo(Optional.empty());
    }
}
