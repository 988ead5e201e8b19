package io.postmortem.testsupport.crash;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires a {@link CrashHook} into a running app: the RestClient builder every Atlassian client is built from, and
 * the DataSource.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CrashConfiguration {

    @Bean
    CrashHook crashHook() {
        return new CrashHook();
    }

    @Bean
    @Primary
    RestClient.Builder crashingRestClientBuilder(CrashHook hook) {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).requestInterceptor(hook);
    }

    @Bean
    static BeanPostProcessor crashingDataSource(org.springframework.beans.factory.ObjectProvider<CrashHook> hook) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof CrashingDataSource)
                        ? new CrashingDataSource(ds, hook.getObject()) : bean;
            }
        };
    }
}
