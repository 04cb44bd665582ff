package com.spendwise.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

/** Makes JWTs the way an issuer would, and the ways an attacker or a bug would. */
public final class Tokens {

  private Tokens() {}

  public static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Claims that pass validation for {@code issuer} and {@code clientId}, one hour from now. */
  public static JWTClaimsSet.Builder accessClaims(String issuer, String clientId, Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(UUID.randomUUID().toString())
        .claim("client_id", clientId)
        .claim("token_use", "access")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(3600)));
  }

  public static String sign(RSAKey key, JWTClaimsSet claims) {
    return sign(key, claims, header -> {});
  }

  public static String sign(RSAKey key, JWTClaimsSet claims, Consumer<JWSHeader.Builder> header) {
    try {
      JWSHeader.Builder builder =
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT);
      header.accept(builder);
      SignedJWT jwt = new SignedJWT(builder.build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsecured JWT ({@code alg: none}) with the given claims. */
  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /** The token with its payload replaced, keeping the original signature. */
  public static String withForgedPayload(String token, String payloadJson) {
    String[] parts = token.split("\\.");
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(payloadJson.getBytes());
    return parts[0] + "." + payload + "." + parts[2];
  }
}
