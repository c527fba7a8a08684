package org.courseplanner.credentials;

import java.net.URI;
import java.util.Locale;

/**
 * What a password is saved under: the user and the server (scheme, host and port), so that the
 * calendars of one user on one server share the password the server knows them by.
 */
record CredentialKey(String server, String user) {

    static CredentialKey of(URI url, String user) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException("a password is saved for a server's URL, e.g. https://cloud.example.org/; got " + url);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a password is saved for a user name; none was given");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return new CredentialKey(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port, user.strip());
    }

    /** One line's key in the credentials file: the server has no space, so the first space ends it. */
    String asText() {
        return server + " " + user;
    }

    @Override
    public String toString() {
        return user + " on " + server;
    }
}
