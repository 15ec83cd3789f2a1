package no.lifecase.processowner;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.lifecase.publicaddress.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The started batch's Location is on the configured public address, whatever host the request names. */
class MigrationsControllerTest {

    @Test
    void the_location_of_a_started_migration_is_on_the_public_address() throws Exception {
        var migrations = mock(ModelMigrations.class);
        var ref = new ModelMigrations.DefinitionRef("having-a-child:2:x", "having-a-child", "Having a child", 2);
        when(migrations.start(any(MigrationRequest.class), eq("owner")))
                .thenReturn(new ModelMigrations.Started("batch-1", ref, ref, 3, List.of()));
        var mvc = MockMvcBuilders.standaloneSetup(new MigrationsController(migrations, PublicAddress.of("https://lifecase.example.no")))
                .build();

        mvc.perform(post("http://evil.example/api/models/migrations").header("X-Forwarded-Host", "evil.example")
                        .principal(new TestingAuthenticationToken("owner", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"key\":\"having-a-child\",\"sourceVersion\":1,\"targetVersion\":2}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "https://lifecase.example.no/api/models/migrations/batch-1"));
    }
}
