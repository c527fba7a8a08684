package org.courseplanner.domain;

/** The plan could not be read or saved (a damaged file, a full disk); nothing was half-changed. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
