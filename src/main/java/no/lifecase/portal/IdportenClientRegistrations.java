package no.lifecase.portal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.lifecase.publicaddress.PublicAddress;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * The portal's one OIDC client, ID-porten, built at the first login from {@link IdportenProperties}: the test
 * ID-porten lives in this application, so its address is known only once the server listens, and discovery at
 * start-up would ask a server that is not listening yet.
 */
final class IdportenClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    static final String REGISTRATION_ID = "idporten";

    private final IdportenProperties properties;
    private final Environment environment;
    private final PublicAddress publicAddress;
    private volatile ClientRegistration registration;
    private volatile JWK clientKey;

    IdportenClientRegistrations(IdportenProperties properties, Environment environment, PublicAddress publicAddress) {
        this.properties = properties;
        this.environment = environment;
        this.publicAddress = publicAddress;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? idporten() : null;
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return List.of(idporten()).iterator();
    }

    ClientRegistration idporten() {
        var built = registration;
        if (built == null) {
            built = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                    .clientName("ID-porten")
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientAuthenticationMethod(new ClientAuthenticationMethod(properties.clientAuthenticationMethod()))
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(onPublicAddress(properties.redirectUri()))
                    .scope(properties.scopes())
                    .issuerUri(resolve(properties.issuer()))
                    .authorizationUri(resolve(properties.authorizationUri()))
                    .tokenUri(resolve(properties.tokenUri()))
                    .jwkSetUri(resolve(properties.jwkSetUri()))
                    .userInfoUri(resolve(properties.userInfoUri()))
                    .userInfoAuthenticationMethod(AuthenticationMethod.HEADER)
                    .userNameAttributeName(CitizenUser.PID)
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", resolve(properties.endSessionUri())))
                    // PKCE although the portal is a confidential client: ID-porten requires it of every client.
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            registration = built;
        }
        return built;
    }

    /** Where ID-porten sends the browser after logging out, on the public address. */
    String postLogoutRedirectUri() {
        return onPublicAddress(properties.postLogoutRedirectUri());
    }

    /** The issuer with its placeholders resolved, for the audience of a {@code private_key_jwt} assertion. */
    String issuer() {
        return resolve(properties.issuer());
    }

    /** The key that signs our {@code private_key_jwt} client assertions; only asked for with that method. */
    JWK clientKey(ClientRegistration ignored) {
        var key = clientKey;
        if (key == null) {
            key = parse(properties.privateKey(), properties.keyId());
            clientKey = key;
        }
        return key;
    }

    private String onPublicAddress(String value) {
        return value == null ? null : resolve(value).replace("{baseUrl}", publicAddress.origin());
    }

    private String resolve(String value) {
        return value == null ? null : environment.resolveRequiredPlaceholders(value);
    }

    private static JWK parse(String pem, String keyId) {
        if (!StringUtils.hasText(pem)) {
            throw new IllegalStateException("lifecase.idporten.private-key is required for private_key_jwt");
        }
        try {
            var der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            var factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            var publicKey = (java.security.interfaces.RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            var builder = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE);
            if (StringUtils.hasText(keyId)) {
                builder.keyID(keyId);
            }
            return builder.build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("lifecase.idporten.private-key is not a PEM PKCS#8 RSA private key", e);
        }
    }
}
