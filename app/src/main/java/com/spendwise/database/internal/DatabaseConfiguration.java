package com.spendwise.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Clock;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
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

  /**
   * With a read replica configured, what everything uses: the primary, except read-only
   * transactions of reports, exports and backups, which go to the replica while it answers ({@link
   * ReplicaRouting}). The primary pool stays the {@code dataSource} bean.
   */
  @Bean
  @Primary
  @ConditionalOnExpression(
      "'${spendwise.db.read.secret-id:}' != '' or '${spendwise.db.read.url:}' != ''")
  DataSource routingDataSource(
      HikariDataSource dataSource, DatabaseProperties properties, Clock clock) {
    DatabaseProperties.Read read = properties.read();
    HikariDataSource replica = new HikariDataSource();
    replica.setPoolName("spendwise-replica");
    replica.setMaximumPoolSize(dataSource.getMaximumPoolSize());
    // A replica that is gone must cost a request little: fail fast, start even if it is down.
    replica.setConnectionTimeout(2000);
    replica.setValidationTimeout(1000);
    replica.setInitializationFailTimeout(-1);
    replica.setReadOnly(true);
    Properties driver = driverProperties(properties);
    if (StringUtils.hasText(read.secretId())) {
      log.info("Read replica: from Secrets Manager secret {}", read.secretId());
      SecretsManagerSecrets secrets =
          new SecretsManagerSecrets(secretsManager(properties), read.secretId());
      replica.setDataSource(
          new RotatingSecretDataSource(
              () -> {
                DatabaseSecret secret = secrets.get();
                return StringUtils.hasText(read.host())
                    ? new DatabaseSecret(
                        secret.username(),
                        secret.password(),
                        read.host(),
                        secret.port(),
                        secret.dbname())
                    : secret;
              },
              driver));
    } else {
      log.info("Read replica: {}", read.url().replaceAll("(?i)password=[^&]*", "password=****"));
      replica.setJdbcUrl(read.url());
      replica.setUsername(read.username());
      replica.setPassword(read.password());
      replica.setDataSourceProperties(driver);
    }
    LazyConnectionDataSourceProxy lazy =
        new LazyConnectionDataSourceProxy(new ReplicaRouting(dataSource, replica, clock));
    lazy.setDefaultAutoCommit(true);
    lazy.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return new ClosingReplica(lazy, replica);
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
