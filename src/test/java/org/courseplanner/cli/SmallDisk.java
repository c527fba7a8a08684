package org.courseplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small disk for the tests of a full or read-only disk: a tmpfs of a few hundred KiB
 * mounted on a folder of the test. Mounting needs root with CAP_SYS_ADMIN (a CI container, this
 * machine); elsewhere the test is skipped and says why.
 */
final class SmallDisk implements AutoCloseable {
    final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()) == 0,
                "mounting a small tmpfs needs Linux and root with CAP_SYS_ADMIN; skipped here");
        return new SmallDisk(folder);
    }

    /** Mounts it again read-only, as a read-only USB stick or network share. */
    void readOnly() throws IOException, InterruptedException {
        if (run("mount", "-o", "remount,ro", folder.toString()) != 0) {
            throw new IllegalStateException("could not remount " + folder + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command here
        }
    }
}
