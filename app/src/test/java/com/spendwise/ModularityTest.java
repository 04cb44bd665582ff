package com.spendwise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  /** Modules use each other's top-level package only, never web/ or internal/, and no cycles. */
  @Test
  void modulesRespectTheirBoundaries() {
    ApplicationModules.of(SpendWiseApplication.class).verify();
  }
}
