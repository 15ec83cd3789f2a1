package no.lifecase.portal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lifecase.idporten.*}: where ID-porten is and who the portal is to it. Every value may hold
 * {@code ${local.server.port}}, resolved at the first login, so that the test ID-porten in this application can
 * be named before the server listens. No discovery: the endpoints are named here.
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
public record IdportenProperties(
        String issuer,
        String authorizationUri,
        String tokenUri,
        String jwkSetUri,
        String userInfoUri,
        String endSessionUri,
        String clientId,
        @DefaultValue("client_secret_basic") String clientAuthenticationMethod,
        String clientSecret,
        String keyId,
        String privateKey,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        @DefaultValue("idporten-loa-substantial") String acrValues,
        @DefaultValue("{baseUrl}/min-side/login/oauth2/code/{registrationId}") String redirectUri,
        @DefaultValue("{baseUrl}/min-side/logget-ut") String postLogoutRedirectUri) {
}
