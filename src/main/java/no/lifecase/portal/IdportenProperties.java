package no.lifecase.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import no.lifecase.configuration.HttpUrl;
import no.lifecase.configuration.PemPrivateKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecase.idporten.*}: where ID-porten is and who the portal is to it. Every value may hold
 * {@code ${local.server.port}}, resolved at the first login, so that the test ID-porten in this application can
 * be named before the server listens. No discovery: the endpoints are named here. Checked when the settings are bound
 * (ADR 0040); the client's id and credentials may be empty, and the portal's login fails until they are given.
 *
 * @param issuer                     ID-porten's issuer, compared with {@code iss} of every ID token
 * @param authorizationUri           where the browser is sent to log in
 * @param tokenUri                   where the portal exchanges the code
 * @param jwkSetUri                  ID-porten's signing keys
 * @param userInfoUri                ID-porten's /userinfo
 * @param endSessionUri              where logging out ends the ID-porten session
 * @param clientId                   the portal's client id at ID-porten
 * @param clientAuthenticationMethod {@code client_secret_basic}, {@code client_secret_post} or {@code private_key_jwt}
 * @param clientSecret               for the {@code client_secret_*} methods
 * @param keyId                      for {@code private_key_jwt}: the {@code kid} ID-porten knows our key by
 * @param privateKey                 for {@code private_key_jwt}: the PEM text (PKCS#8 RSA) itself
 * @param scopes                     {@code openid profile}, and API scopes if the portal calls APIs for the citizen
 * @param acrValues                  the least level asked for; the ID token's {@code acr} is checked against it
 * @param redirectUri                where ID-porten sends the code; {@code {baseUrl}} is {@code lifecase.public-url}
 * @param postLogoutRedirectUri      where ID-porten sends the browser after logging out; {@code {baseUrl}} as above
 */
@ConfigurationProperties("lifecase.idporten")
@Validated
public record IdportenProperties(
        @NotBlank @HttpUrl String issuer,
        @NotBlank @HttpUrl String authorizationUri,
        @NotBlank @HttpUrl String tokenUri,
        @NotBlank @HttpUrl String jwkSetUri,
        @NotBlank @HttpUrl String userInfoUri,
        @NotBlank @HttpUrl String endSessionUri,
        String clientId,
        @DefaultValue("client_secret_basic")
        @Pattern(regexp = "client_secret_basic|client_secret_post|private_key_jwt",
                message = "must be client_secret_basic, client_secret_post or private_key_jwt") String clientAuthenticationMethod,
        String clientSecret,
        String keyId,
        @PemPrivateKey String privateKey,
        @DefaultValue({"openid", "profile"}) @NotEmpty List<String> scopes,
        @DefaultValue("idporten-loa-substantial")
        @Pattern(regexp = "idporten-loa-(low|substantial|high)",
                message = "must be an ID-porten level: idporten-loa-substantial or idporten-loa-high (or idporten-loa-low)") String acrValues,
        @DefaultValue("{baseUrl}/min-side/login/oauth2/code/{registrationId}") @NotBlank String redirectUri,
        @DefaultValue("{baseUrl}/min-side/logget-ut") @NotBlank String postLogoutRedirectUri) {
}
