package com.spendwise.sharing;

/**
 * An invitation just made, with its token: the one time the token is shown (only its hash is kept),
 * for the owner to pass on as a link.
 */
public record NewInvitation(Invitation invitation, String token) {}
