package com.spendwise.auth.internal;

import com.spendwise.auth.Passkey;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Passkeys of local accounts, on Spring Security's WebAuthn relying party and its JDBC stores
 * (tables user_entities and user_credentials, V15). A person's user entity is named by their
 * account's subject (what the session's authentication is named by) and shows their email to the
 * authenticator.
 *
 * <p>The relying party is the web address people open ({@code SPENDWISE_WEB_URL}); without one it
 * is this server on localhost, on the port it listens on, read when the first passkey ceremony
 * starts (so a random test port works too).
 */
public class Passkeys implements WebAuthnRelyingPartyOperations {

  private final PublicKeyCredentialUserEntityRepository userEntities;
  private final UserCredentialRepository credentials;
  private final SingletonSupplier<Webauthn4JRelyingPartyOperations> relyingParty;

  Passkeys(JdbcOperations jdbc, URI webUrl, Environment environment) {
    this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    this.credentials = new JdbcUserCredentialRepository(jdbc);
    this.relyingParty =
        SingletonSupplier.of(
            () -> {
              URI origin =
                  webUrl != null && StringUtils.hasText(webUrl.getHost())
                      ? webUrl
                      : URI.create(
                          "http://localhost:"
                              + environment.getProperty("local.server.port", "8080"));
              String allowed =
                  origin.getScheme()
                      + "://"
                      + origin.getHost()
                      + (origin.getPort() < 0 ? "" : ":" + origin.getPort());
              Webauthn4JRelyingPartyOperations operations =
                  new Webauthn4JRelyingPartyOperations(
                      userEntities,
                      credentials,
                      PublicKeyCredentialRpEntity.builder()
                          .id(origin.getHost())
                          .name("SpendWise")
                          .build(),
                      Set.of(allowed));
              operations.setCustomizeCreationOptions(
                  options -> shownUser().ifPresent(options::user));
              return operations;
            });
  }

  PublicKeyCredentialUserEntityRepository userEntities() {
    return userEntities;
  }

  UserCredentialRepository credentials() {
    return credentials;
  }

  /**
   * The account's user entity, made on first need: named by the subject, displaying the email. Its
   * id (the "user handle" an authenticator keeps) is random, as WebAuthn asks.
   */
  PublicKeyCredentialUserEntity userOf(UUID subject, String email) {
    PublicKeyCredentialUserEntity existing = userEntities.findByUsername(subject.toString());
    if (existing != null) {
      return existing;
    }
    PublicKeyCredentialUserEntity created =
        ImmutablePublicKeyCredentialUserEntity.builder()
            .id(Bytes.random())
            .name(subject.toString())
            .displayName(email)
            .build();
    userEntities.save(created);
    return created;
  }

  /**
   * The signed-in person's user entity as their authenticator shows it: their email as its name
   * (the stored entity is named by the subject, which means nothing to a person).
   */
  private Optional<PublicKeyCredentialUserEntity> shownUser() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !(signedIn.getPrincipal() instanceof Jwt token)) {
      return Optional.empty();
    }
    String email = token.getClaimAsString("email");
    PublicKeyCredentialUserEntity user = userOf(UUID.fromString(token.getSubject()), email);
    return Optional.of(
        ImmutablePublicKeyCredentialUserEntity.builder()
            .id(user.getId())
            .name(email)
            .displayName(email)
            .build());
  }

  /** The account's passkeys, oldest first. */
  public List<Passkey> of(UUID subject) {
    PublicKeyCredentialUserEntity user = userEntities.findByUsername(subject.toString());
    if (user == null) {
      return List.of();
    }
    return credentials.findByUserId(user.getId()).stream()
        .sorted(
            Comparator.comparing(
                CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(
            record ->
                new Passkey(
                    record.getCredentialId().toBase64UrlString(),
                    record.getLabel(),
                    record.getCreated(),
                    record.getLastUsed()))
        .toList();
  }

  /** Renames one of the account's passkeys; false when it has none by that id. */
  public boolean rename(UUID subject, String id, String label) {
    Optional<CredentialRecord> record = owned(subject, id);
    record.ifPresent(
        r ->
            credentials.save(
                ImmutableCredentialRecord.fromCredentialRecord(r).label(label).build()));
    return record.isPresent();
  }

  /** Removes one of the account's passkeys; false when it has none by that id. */
  public boolean remove(UUID subject, String id) {
    Optional<CredentialRecord> record = owned(subject, id);
    record.ifPresent(r -> credentials.delete(r.getCredentialId()));
    return record.isPresent();
  }

  private Optional<CredentialRecord> owned(UUID subject, String id) {
    PublicKeyCredentialUserEntity user = userEntities.findByUsername(subject.toString());
    if (user == null || id == null || !id.matches("[A-Za-z0-9_-]{1,1000}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(credentials.findByCredentialId(Bytes.fromBase64(id)))
        .filter(record -> record.getUserEntityUserId().equals(user.getId()));
  }

  // The relying party's operations, made on first use (see the class comment).

  @Override
  public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
      PublicKeyCredentialCreationOptionsRequest request) {
    return relyingParty.obtain().createPublicKeyCredentialCreationOptions(request);
  }

  @Override
  public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
    return relyingParty.obtain().registerCredential(request);
  }

  @Override
  public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
      PublicKeyCredentialRequestOptionsRequest request) {
    return relyingParty.obtain().createCredentialRequestOptions(request);
  }

  @Override
  public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
    return relyingParty.obtain().authenticate(request);
  }
}
