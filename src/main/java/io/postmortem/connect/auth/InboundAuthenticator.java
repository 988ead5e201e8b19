package io.postmortem.connect.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Authenticates an inbound call: the seam between the web layer and the ways in. Each way in (Connect JWT, Forge
 * Invocation Token, an operator-configured site's HMAC-signed webhook or API key) is one implementation;
 * {@link InboundAuthenticators} asks each whether it {@link #recognises} the request's credentials and lets the
 * first that does decide. Controllers never see tokens, only the {@link Caller}.
 */
public interface InboundAuthenticator {

    /**
     * Request attribute: a fresh session token of the way in that authenticated the request, for pages whose script
     * renews its token from each answer (Connect's session tokens are issued by the panel API itself).
     */
    String FRESH_SESSION_TOKEN = InboundAuthenticator.class.getName() + ".freshSessionToken";

    /**
     * Whether the request carries this way in's kind of credentials (its scheme or header), without checking them.
     * The Connect authenticator, the historical default, answers for every request no other way in recognises.
     */
    default boolean recognises(HttpServletRequest request) {
        return true;
    }

    /**
     * @param allowContextQsh true when the endpoint opted in with {@link ContextJwt} (tokens not bound to this
     *                        very request: Connect context and session tokens, Forge UI calls)
     * @return the caller
     * @throws AuthenticationFailure when the call is refused
     */
    Caller authenticate(HttpServletRequest request, boolean allowContextQsh);
}
