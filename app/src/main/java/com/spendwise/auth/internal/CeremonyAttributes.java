package com.spendwise.auth.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/**
 * How session attributes are written to the session table. Java serialization, as Spring Session's
 * default, except for the options of a passkey ceremony in progress, which Spring Security keeps in
 * the session but which are not serializable: they are written as a snapshot of what the ceremony
 * checks (relying party, challenge, user, algorithms, user verification, allowed credentials) and
 * made again when read, so that any instance can finish a ceremony another one began.
 */
final class CeremonyAttributes {

  private CeremonyAttributes() {}

  static ConversionService conversionService(ClassLoader classLoader) {
    GenericConversionService conversions = new GenericConversionService();
    Serializer<Object> write =
        (object, out) -> {
          ObjectOutputStream stream = new Snapshotting(out);
          stream.writeObject(object);
          stream.flush();
        };
    Deserializer<Object> read =
        in -> {
          try {
            return new Restoring(in, classLoader).readObject();
          } catch (ClassNotFoundException e) {
            throw new IOException(e);
          }
        };
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter(write));
    conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(read));
    return conversions;
  }

  private static final class Snapshotting extends ObjectOutputStream {

    Snapshotting(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object object) {
      if (object instanceof PublicKeyCredentialCreationOptions options) {
        return Creation.of(options);
      }
      if (object instanceof PublicKeyCredentialRequestOptions options) {
        return Request.of(options);
      }
      return object;
    }
  }

  private static final class Restoring extends ConfigurableObjectInputStream {

    Restoring(InputStream in, ClassLoader classLoader) throws IOException {
      super(in, classLoader);
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object object) {
      if (object instanceof Creation creation) {
        return creation.options();
      }
      if (object instanceof Request request) {
        return request.options();
      }
      return object;
    }
  }

  private static final List<PublicKeyCredentialParameters> ALGORITHMS =
      List.of(
          PublicKeyCredentialParameters.EdDSA,
          PublicKeyCredentialParameters.ES256,
          PublicKeyCredentialParameters.ES384,
          PublicKeyCredentialParameters.ES512,
          PublicKeyCredentialParameters.RS256,
          PublicKeyCredentialParameters.RS384,
          PublicKeyCredentialParameters.RS512,
          PublicKeyCredentialParameters.RS1);

  private static final List<UserVerificationRequirement> VERIFICATION =
      List.of(
          UserVerificationRequirement.REQUIRED,
          UserVerificationRequirement.PREFERRED,
          UserVerificationRequirement.DISCOURAGED);

  private static UserVerificationRequirement verification(String value) {
    return VERIFICATION.stream()
        .filter(v -> v.getValue().equals(value))
        .findFirst()
        .orElse(UserVerificationRequirement.PREFERRED);
  }

  private static String value(UserVerificationRequirement requirement) {
    return requirement == null ? null : requirement.getValue();
  }

  private static long millis(Duration timeout) {
    return timeout == null ? 300_000 : timeout.toMillis();
  }

  record Creation(
      String rpId,
      String rpName,
      byte[] challenge,
      byte[] userId,
      String userName,
      String userDisplayName,
      long[] algorithms,
      String residentKey,
      String userVerification,
      long timeoutMillis)
      implements Serializable {

    static Creation of(PublicKeyCredentialCreationOptions options) {
      AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
      return new Creation(
          options.getRp().getId(),
          options.getRp().getName(),
          options.getChallenge().getBytes(),
          options.getUser().getId().getBytes(),
          options.getUser().getName(),
          options.getUser().getDisplayName(),
          options.getPubKeyCredParams().stream().mapToLong(p -> p.getAlg().getValue()).toArray(),
          selection == null || selection.getResidentKey() == null
              ? null
              : selection.getResidentKey().getValue(),
          selection == null ? null : value(selection.getUserVerification()),
          millis(options.getTimeout()));
    }

    PublicKeyCredentialCreationOptions options() {
      AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection =
          AuthenticatorSelectionCriteria.builder().userVerification(verification(userVerification));
      if (residentKey != null) {
        selection.residentKey(ResidentKeyRequirement.valueOf(residentKey));
      }
      return PublicKeyCredentialCreationOptions.builder()
          .rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
          .user(
              ImmutablePublicKeyCredentialUserEntity.builder()
                  .id(new Bytes(userId))
                  .name(userName)
                  .displayName(userDisplayName)
                  .build())
          .challenge(new Bytes(challenge))
          .pubKeyCredParams(
              ALGORITHMS.stream()
                  .filter(p -> Arrays.stream(algorithms).anyMatch(a -> a == p.getAlg().getValue()))
                  .toList())
          .authenticatorSelection(selection.build())
          .timeout(Duration.ofMillis(timeoutMillis))
          .build();
    }
  }

  record Request(
      String rpId,
      byte[] challenge,
      String userVerification,
      List<byte[]> allowed,
      long timeoutMillis)
      implements Serializable {

    static Request of(PublicKeyCredentialRequestOptions options) {
      return new Request(
          options.getRpId(),
          options.getChallenge().getBytes(),
          value(options.getUserVerification()),
          options.getAllowCredentials() == null
              ? List.of()
              : options.getAllowCredentials().stream().map(d -> d.getId().getBytes()).toList(),
          millis(options.getTimeout()));
    }

    PublicKeyCredentialRequestOptions options() {
      return PublicKeyCredentialRequestOptions.builder()
          .rpId(rpId)
          .challenge(new Bytes(challenge))
          .userVerification(verification(userVerification))
          .allowCredentials(
              allowed.stream()
                  .map(
                      id ->
                          PublicKeyCredentialDescriptor.builder()
                              .type(PublicKeyCredentialType.PUBLIC_KEY)
                              .id(new Bytes(id))
                              .build())
                  .toList())
          .timeout(Duration.ofMillis(timeoutMillis))
          .build();
    }
  }
}
