package no.lifecase.publicaddress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * The address citizens and staff reach Lifecase at, {@code lifecase.public-url} (e.g. {@code https://lifecase.example.no}).
 * Every absolute URL Lifecase builds starts with it, never with a request's {@code Host} or {@code X-Forwarded-Host}:
 * those are the sender's to choose, and a login redirect built from them sends a citizen wherever the sender likes
 * (ADR 0036). The value may hold {@code ${local.server.port}}, so it is read at first use, once the server listens.
 */
public final class PublicAddress {

    static final String PROPERTY = "lifecase.public-url";

    private final Environment environment;
    private volatile URI uri;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    /** For tests and callers that know the address already. */
    public static PublicAddress of(String url) {
        var address = new PublicAddress(null);
        address.uri = parse(url);
        return address;
    }

    /**
     * @throws IllegalStateException if {@value #PROPERTY} is missing or not an http(s) address without path, query
     *                               or user; checked when the server starts, so a wrong value stops it there
     */
    public URI uri() {
        var resolved = uri;
        if (resolved == null) {
            String value;
            try {
                value = environment.getProperty(PROPERTY);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PROPERTY + " cannot be resolved: " + e.getMessage(), e);
            }
            resolved = parse(value);
            uri = resolved;
        }
        return resolved;
    }

    /** Scheme, host and port (the port only where it is not the scheme's own), e.g. {@code https://lifecase.example.no}. */
    public String origin() {
        var address = uri();
        return address.getScheme() + "://" + authority();
    }

    /** Host and port as a {@code Host} header names them. */
    public String authority() {
        var address = uri();
        return address.getPort() == -1 ? address.getHost() : address.getHost() + ":" + address.getPort();
    }

    public String scheme() {
        return uri().getScheme();
    }

    public String host() {
        return uri().getHost();
    }

    /** The port, or the scheme's own (80, 443) where the address names none. */
    public int port() {
        var address = uri();
        return address.getPort() != -1 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
    }

    public boolean isHttps() {
        return "https".equals(scheme());
    }

    /** An absolute URL on this address for a path such as {@code /api/models/migrations/42}. */
    public URI resolve(String path) {
        return URI.create(origin() + (path.startsWith("/") ? path : "/" + path));
    }

    private static URI parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is required: the address citizens and staff use, e.g. "
                    + "https://lifecase.example.no (environment variable LIFECASE_PUBLIC_URL)");
        }
        URI parsed;
        try {
            parsed = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not a URL: " + value, e);
        }
        boolean http = "http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme());
        boolean bare = (parsed.getRawPath() == null || parsed.getRawPath().isEmpty() || parsed.getRawPath().equals("/"))
                && parsed.getRawQuery() == null && parsed.getRawFragment() == null && parsed.getRawUserInfo() == null;
        if (!http || parsed.getHost() == null || !bare) {
            throw new IllegalStateException(PROPERTY + " must be http(s)://host[:port] with no path, query or user, not " + value);
        }
        try {
            return new URI(parsed.getScheme().toLowerCase(Locale.ROOT), null, parsed.getHost(), parsed.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not a URL: " + value, e);
        }
    }
}
