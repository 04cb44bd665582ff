package com.spendwise.shared;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Boot's transaction manager, replaced by the one that names the acting person. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  ActorTransactionManager transactionManager(
      DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
    ActorTransactionManager manager = new ActorTransactionManager(dataSource);
    customizers.ifAvailable(all -> all.customize(manager));
    return manager;
  }
}
