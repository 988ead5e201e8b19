package io.postmortem.demo;

import java.io.IOException;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import io.postmortem.PostmortemApplication;

/**
 * The demo: the production application plus the fake Atlassian site, run from the test classpath, so neither the
 * fake site nor WireMock ships in the production jar. {@code ./mvnw spring-boot:test-run} starts it (this is the only
 * class with a {@code main} method among the test classes), with the {@code demo} profile. Classes of the test
 * sources other than the demo's own (test fixtures, test-only controllers and configurations) are kept out of the
 * component scan, as Spring Boot's test support does for tests.
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PostmortemApplication.class);
        app.setAdditionalProfiles("demo");
        app.addInitializers(context -> context.getBeanFactory().registerSingleton(DemoOnlyFilter.class.getName(),
                new DemoOnlyFilter()));
        app.run(args);
    }

    /** Skips what the test sources add to {@code io.postmortem}, except the demo itself. */
    static final class DemoOnlyFilter extends TypeExcludeFilter {
        private static final Set<String> TEST_ONLY = Set.of("org.springframework.boot.test.context.TestConfiguration");

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String name = reader.getClassMetadata().getClassName();
            if (name.startsWith("io.postmortem.demo.")) return false;
            if (name.startsWith("io.postmortem.testsupport.")) return true;
            if (TEST_ONLY.stream().anyMatch(reader.getAnnotationMetadata()::hasAnnotation)) return true;
            String resource = reader.getResource().getDescription();
            return resource.contains("test-classes");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DemoOnlyFilter;
        }

        @Override
        public int hashCode() {
            return DemoOnlyFilter.class.hashCode();
        }
    }
}
