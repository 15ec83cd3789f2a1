package no.lifecase.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.testsupport.ApiContract;

/**
 * What a browser without JavaScript does, over real HTTP: keeps cookies, follows redirects one by one (so a test
 * can see every hop of a login) and posts forms with their hidden CSRF field.
 */
public final class CookieBrowser {

    public record Page(int status, URI uri, String contentType, String body, List<URI> hops) {

        /** The value of the hidden {@code _csrf} field of the page's form. */
        public String csrfToken() {
            var matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No CSRF field on " + uri + ":\n" + body);
            }
            return matcher.group(1);
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public CookieBrowser(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The value of a cookie the browser holds, e.g. the session's {@code JSESSIONID}; empty if it holds none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(cookie -> cookie.getValue()).findFirst().orElse("");
    }

    public Page get(String path) {
        return get(path, "text/html");
    }

    public Page get(String path, String accept) {
        return follow(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET().build(), null, new ArrayList<>());
    }

    /** One request, no redirect followed. */
    public HttpResponse<String> getOnce(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET().build(), null);
    }

    public Page post(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return follow(request, body, new ArrayList<>());
    }

    public HttpResponse<String> postOnce(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
    }

    /** A JSON request as an API client in the same session sends it, with the session's CSRF token if given. */
    public HttpResponse<String> postJson(String path, String json, String csrfToken) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), json);
    }

    /**
     * One request of any method in this session, as a page's script or an API client sends it: a body of the given media
     * type (none if {@code contentType} is null), what it accepts, and the session's CSRF token if given.
     */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String accept, String csrfToken) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.build(), body);
    }

    private Page follow(HttpRequest request, String body, List<URI> hops) {
        var response = send(request, body);
        hops.add(request.uri());
        var location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3 && location.isPresent()) {
            if (hops.size() > 15) {
                throw new AssertionError("Too many redirects: " + hops);
            }
            var next = request.uri().resolve(location.get());
            return follow(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(), null, hops);
        }
        return new Page(response.statusCode(), request.uri(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), List.copyOf(hops));
    }

    /** Sends the request; an answer of Lifecase's API is held to the OpenAPI description ({@link ApiContract}). */
    private HttpResponse<String> send(HttpRequest request, String body) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(new ApiContract.Exchange(request.method(), request.uri(), request.headers().map(),
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), response.statusCode(), response.headers().map(),
                    response.body().getBytes(StandardCharsets.UTF_8)));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> form(String... namesAndValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
