package com.spendwise.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/** The one DataSource of the service, from whichever database source is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  @Conditional(EmbeddedDatabaseCondition.class)
  EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
    DatabaseProperties.Embedded embedded = properties.embedded();
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(embedded.dir(), embedded.port(), embedded.osUser());
    server.createDatabaseIfMissing(embedded.database());
    return server;
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(
      DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
    log.info("Database: {}", properties.describe());
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("spendwise");
    Properties driver = driverProperties(properties);
    switch (properties.mode()) {
      case SECRETS_MANAGER ->
          dataSource.setDataSource(
              new RotatingSecretDataSource(
                  new SecretsManagerSecrets(secretsManager(properties), properties.secretId()),
                  driver));
      case URL -> {
        dataSource.setJdbcUrl(properties.url());
        dataSource.setUsername(properties.username());
        dataSource.setPassword(properties.password());
        dataSource.setDataSourceProperties(driver);
      }
      case EMBEDDED -> {
        EmbeddedPostgresServer server = embedded.getObject();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.embedded().database()));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
      }
    }
    return dataSource;
  }

  private static SecretsManagerClient secretsManager(DatabaseProperties properties) {
    SecretsManagerClientBuilder builder =
        SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create());
    if (properties.secretsManagerEndpoint() != null) {
      builder.endpointOverride(properties.secretsManagerEndpoint());
    }
    if (StringUtils.hasText(properties.awsRegion())) {
      builder.region(Region.of(properties.awsRegion()));
    }
    return builder.build();
  }

  private static Properties driverProperties(DatabaseProperties properties) {
    Properties driver = new Properties();
    if (StringUtils.hasText(properties.sslMode())) {
      driver.setProperty("sslmode", properties.sslMode());
    }
    if (StringUtils.hasText(properties.sslRootCert())) {
      driver.setProperty("sslrootcert", properties.sslRootCert());
    }
    driver.setProperty("ApplicationName", "spendwise");
    return driver;
  }
}
