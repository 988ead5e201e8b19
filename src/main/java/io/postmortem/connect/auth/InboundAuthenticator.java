package io.postmortem.connect.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Authenticates an inbound call. The seam between the web layer and the way in: the Connect JWT
 * implementation now, an HMAC-signed webhook (Jira Data Center, {@code X-Hub-Signature}) one later.
 */
public interface InboundAuthenticator {

    /**
     * @param allowContextQsh true when the endpoint opted in with {@link ContextJwt}
     * @return the caller
     * @throws AuthenticationFailure when the call is refused
     */
    Caller authenticate(HttpServletRequest request, boolean allowContextQsh);
}
