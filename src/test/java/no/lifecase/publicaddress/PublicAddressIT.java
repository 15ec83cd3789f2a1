package no.lifecase.publicaddress;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request whose {@code Host} (or {@code X-Forwarded-Host}) names another host gets no redirect and no link to it: the
 * portal's and the webapps' login redirects, ID-porten's {@code redirect_uri}, the staff sign-in and the portal's
 * logout all go to the configured public address ({@code http://localhost:<port>} in the tests). Sent over a plain
 * socket, since an HTTP client sets {@code Host} itself.
 */
@LifecaseIT
class PublicAddressIT {

    private final StaffUsers staff = StaffUsers.of(PublicAddressIT.class);

    private static final String EVIL = "evil.example";
    /** A synthetic (Tenor) number from Skatteetaten's test vectors. */
    private static final String CITIZEN = "41819077302";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @BeforeEach
    void staff() {
        staff.ensure(identity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/min-side", "/min-side/saker/LE-2026-000001", "/min-side/oauth2/authorization/idporten",
            "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/"})
    void a_login_redirect_goes_to_the_public_address_whatever_host_the_request_names(String path) {
        for (var headers : forgedAddresses()) {
            var response = send("GET " + path, headers, null);

            assertThat(response.status()).as(path + " " + headers).isEqualTo(302);
            assertThat(response.header("Location")).as(path + " " + headers).startsWith(publicAddress() + "/");
            assertThat(response.raw()).as(path + " " + headers).doesNotContain(EVIL);
        }
    }

    @Test
    void id_porten_is_asked_to_send_the_citizen_back_to_the_public_address() {
        var response = send("GET /min-side/oauth2/authorization/idporten", Map.of("Host", EVIL), null);

        assertThat(response.header("Location")).startsWith(publicAddress() + "/idporten/authorize?")
                .contains("redirect_uri=" + publicAddress() + "/min-side/login/oauth2/code/idporten");
    }

    @Test
    void the_test_id_porten_names_its_issuer_by_the_public_address() {
        var response = send("GET /idporten/.well-known/openid-configuration", Map.of("Host", EVIL, "X-Forwarded-Host", EVIL), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw()).contains("\"issuer\":\"" + publicAddress() + "/idporten\"").doesNotContain(EVIL);
    }

    @Test
    void the_staff_sign_in_sends_staff_on_to_the_public_address() {
        var page = send("GET /camunda/login", Map.of("Host", EVIL), null);
        var session = page.cookie("JSESSIONID");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.raw());
        assertThat(csrf.find()).isTrue();

        var signedIn = send("POST /camunda/login", Map.of("Host", EVIL, "Cookie", "JSESSIONID=" + session,
                "Content-Type", "application/x-www-form-urlencoded"),
                formBody(Map.of("username", staff.nav(), "password", StaffUsers.passwordOf(staff.nav()), "_csrf", csrf.group(1))));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).isEqualTo(publicAddress() + "/camunda/app/tasklist/default/");
        assertThat(signedIn.raw()).doesNotContain(EVIL);
    }

    @Test
    void logging_out_sends_the_citizen_to_id_porten_and_back_to_the_public_address() {
        var browser = new CookieBrowser(port);
        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", CITIZEN,
                "level", "idporten-loa-substantial", "locale", "nb"));
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");

        var loggedOut = send("POST /min-side/logg-ut", Map.of("Host", EVIL, "X-Forwarded-Host", EVIL,
                "Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"), "Content-Type", "application/x-www-form-urlencoded"),
                formBody(Map.of("_csrf", myCases.csrfToken())));

        assertThat(loggedOut.status()).isEqualTo(302);
        assertThat(URLDecoder.decode(loggedOut.header("Location"), StandardCharsets.UTF_8)).startsWith(publicAddress() + "/idporten/logout?")
                .contains("post_logout_redirect_uri=" + publicAddress() + "/min-side/logget-ut");
        assertThat(loggedOut.raw()).doesNotContain(EVIL);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String publicAddress() {
        return "http://localhost:" + port;
    }

    private static List<Map<String, String>> forgedAddresses() {
        return List.of(
                Map.of("Host", EVIL),
                Map.of("Host", EVIL + ":8443"),
                Map.of("Host", "localhost", "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
                Map.of("Host", EVIL, "Forwarded", "host=" + EVIL + ";proto=https"));
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** One HTTP/1.1 exchange with exactly these headers, the connection closed after it. */
    private Response send(String requestLine, Map<String, String> headers, String body) {
        var request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
        var all = new LinkedHashMap<>(headers);
        all.put("Accept", "text/html");
        all.put("Connection", "close");
        if (body != null) {
            all.put("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        }
        all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n").append(body == null ? "" : body);
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            return new Response(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Response(String raw) {

        int status() {
            return Integer.parseInt(raw.substring(9, 12));
        }

        String header(String name) {
            var matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ": *([^\\r\\n]*)\\r?$").matcher(head());
            return matcher.find() ? matcher.group(1) : null;
        }

        String cookie(String name) {
            var matcher = Pattern.compile("(?im)^Set-Cookie: *" + Pattern.quote(name) + "=([^;\\r\\n]*)").matcher(head());
            assertThat(matcher.find()).as("cookie " + name + " in\n" + head()).isTrue();
            return matcher.group(1);
        }

        private String head() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? raw : raw.substring(0, end);
        }
    }
}
