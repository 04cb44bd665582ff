package com.spendwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SpendWiseApplication {

  public static void main(String[] args) {
    SpringApplication.run(SpendWiseApplication.class, args);
  }
}
