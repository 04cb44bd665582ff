package com.spendwise.database.internal;

/** The RDS-style secret: what Secrets Manager keeps for a database. */
record DatabaseSecret(String username, String password, String host, int port, String dbname) {

  String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
  }

  @Override
  public String toString() {
    return "DatabaseSecret[username=" + username + ", host=" + host + ", port=" + port + "]";
  }
}
