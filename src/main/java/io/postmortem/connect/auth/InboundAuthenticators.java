package io.postmortem.connect.auth;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Every way in, tried in order ({@code @Order} on the implementations; Connect last, as the default): the first
 * that {@link InboundAuthenticator#recognises recognises} the request authenticates it. A way in that is not
 * configured simply recognises nothing.
 */
@Component
@Primary
public class InboundAuthenticators implements InboundAuthenticator {

    private final ObjectProvider<InboundAuthenticator> all;
    private volatile List<InboundAuthenticator> ordered;

    public InboundAuthenticators(ObjectProvider<InboundAuthenticator> all) {
        this.all = all;
    }

    @Override
    public Caller authenticate(HttpServletRequest request, boolean allowContextQsh) {
        for (InboundAuthenticator way : ways()) {
            if (way.recognises(request)) return way.authenticate(request, allowContextQsh);
        }
        throw AuthenticationFailure.unauthorized("No credentials this app accepts");
    }

    private List<InboundAuthenticator> ways() {
        List<InboundAuthenticator> ways = ordered;
        if (ways == null) {
            ways = all.orderedStream().filter(a -> a != this).toList();
            ordered = ways;
        }
        return ways;
    }
}
