package org.courseplanner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a program as a student would from a shell and keeps what it printed; the packaged-jar and app-image tests share it. */
final class ChildProcess {
    private ChildProcess() {
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code pb} to its end (at most 60 s), its output and errors kept in files under {@code dir}. */
    static Run run(ProcessBuilder pb, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish within 60 s: " + pb.command());
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
