package org.parley;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;

// Parley makes its own JWT decoder from the same properties (access.JwtDecoding), also when processed ahead of time
@SpringBootApplication(exclude = OAuth2ResourceServerAutoConfiguration.class)
public class ParleyApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(ParleyApplication.class, args);
    }
}
