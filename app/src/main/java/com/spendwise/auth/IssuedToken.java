package com.spendwise.auth;

/** An access token as handed to a client (OAuth 2.0 token response shape, camel-cased). */
public record IssuedToken(String accessToken, String tokenType, long expiresIn) {}
