package no.lifecase.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Holds every answer TestRestTemplate receives from Lifecase's API to the OpenAPI description ({@link ApiContract}).
 * TestRestTemplate is built from the application's RestTemplateBuilder, so this customizer reaches it, and every copy
 * {@code withBasicAuth} makes. Imported by {@link LifecaseIT} only: no annotation that component scanning would find when
 * {@code ./mvnw spring-boot:run} puts the test classes on the classpath.
 */
public class ApiContractConfiguration {

    @Bean
    RestTemplateCustomizer apiContractCheck() {
        return restTemplate -> restTemplate.getInterceptors().add(checkAgainstTheDescription());
    }

    private static ClientHttpRequestInterceptor checkAgainstTheDescription() {
        return (request, body, execution) -> {
            var response = execution.execute(request, body);
            if (!ApiContract.covers(request.getURI())) {
                return response;
            }
            var read = new ReadResponse(response);
            ApiContract.check(new ApiContract.Exchange(request.getMethod().name(), request.getURI(), map(request.getHeaders()), body,
                    read.getStatusCode().value(), map(read.getHeaders()), read.body));
            return read;
        };
    }

    private static Map<String, List<String>> map(HttpHeaders headers) {
        var copy = new LinkedHashMap<String, List<String>>();
        headers.forEach(copy::put);
        return copy;
    }

    /** The answer with its body read once, for the check, and again by the test. */
    private static final class ReadResponse implements ClientHttpResponse {

        private final ClientHttpResponse response;
        private final byte[] body;

        ReadResponse(ClientHttpResponse response) throws IOException {
            this.response = response;
            this.body = response.getBody().readAllBytes();
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
