package com.spendwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/schema.md is generated from the migrated database, so it cannot drift from the migrations.
 * When the schema changes, this test fails and writes the new document to target/schema.md; run
 * {@code ./mvnw verify -Dspendwise.update-schema-doc=true} to update docs/schema.md in place.
 */
class SchemaDocumentTest extends ApiTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "schema.md");

  record Column(String table, String name, String type, boolean nullable, String key) {}

  record ForeignKey(String child, String parent, String columns) {}

  @Test
  void schemaDocumentMatchesTheMigrations() throws IOException {
    String generated = render();
    if (Boolean.getBoolean("spendwise.update-schema-doc")) {
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    Files.writeString(Path.of("target", "schema.md"), generated, StandardCharsets.UTF_8);

    String documented =
        Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
    assertThat(documented)
        .as(
            "docs/schema.md is stale: see target/schema.md, or run ./mvnw verify"
                + " -Dspendwise.update-schema-doc=true")
        .isEqualTo(generated);
  }

  private String render() {
    List<Column> columns =
        jdbc.sql(
                """
                SELECT c.table_name, c.column_name,
                       coalesce(c.domain_name, c.udt_name) AS type,
                       c.is_nullable = 'YES' AS nullable,
                       (SELECT string_agg(DISTINCT CASE con.contype WHEN 'p' THEN 'PK'
                                                   WHEN 'f' THEN 'FK' ELSE 'UK' END, ', ')
                          FROM pg_constraint con
                          JOIN pg_class rel ON rel.oid = con.conrelid
                          JOIN pg_attribute att ON att.attrelid = rel.oid
                                               AND att.attnum = ANY (con.conkey)
                         WHERE rel.relname = c.table_name AND att.attname = c.column_name
                           AND con.contype IN ('p', 'f', 'u')
                           AND (con.contype <> 'u' OR cardinality(con.conkey) = 1)) AS key
                  FROM information_schema.columns c
                  JOIN information_schema.tables t
                    ON t.table_name = c.table_name AND t.table_schema = c.table_schema
                 WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                   AND c.table_name <> 'flyway_schema_history'
                 ORDER BY c.table_name, c.ordinal_position
                """)
            .query(
                (rs, n) ->
                    new Column(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5)))
            .list();
    List<ForeignKey> foreignKeys =
        jdbc.sql(
                """
                SELECT child.relname, parent.relname,
                       (SELECT string_agg(att.attname, ', ' ORDER BY k.ord)
                          FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_attribute att ON att.attrelid = con.conrelid
                                               AND att.attnum = k.attnum)
                  FROM pg_constraint con
                  JOIN pg_class child ON child.oid = con.conrelid
                  JOIN pg_class parent ON parent.oid = con.confrelid
                  JOIN pg_namespace ns ON ns.oid = child.relnamespace
                 WHERE con.contype = 'f' AND ns.nspname = 'public'
                 ORDER BY child.relname, parent.relname, 3
                """)
            .query((rs, n) -> new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();

    StringBuilder out = new StringBuilder();
    out.append("# Database schema\n\n")
        .append(
            "Generated from the Flyway migrations in `app/src/main/resources/db/migration` by\n")
        .append("`SchemaDocumentTest`; do not edit by hand. The migrations say why each column is")
        .append(" there.\n\n")
        .append("```mermaid\nerDiagram\n");
    Map<String, List<Column>> byTable =
        columns.stream()
            .collect(Collectors.groupingBy(Column::table, TreeMap::new, Collectors.toList()));
    byTable.forEach(
        (table, tableColumns) -> {
          out.append("  ").append(table).append(" {\n");
          for (Column column : tableColumns) {
            out.append("    ").append(column.type()).append(' ').append(column.name());
            if (column.key() != null) {
              out.append(' ').append(column.key());
            }
            if (column.nullable()) {
              out.append(" \"nullable\"");
            }
            out.append('\n');
          }
          out.append("  }\n");
        });
    for (ForeignKey fk : foreignKeys) {
      out.append("  ")
          .append(fk.parent())
          .append(" ||--o{ ")
          .append(fk.child())
          .append(" : \"")
          .append(fk.columns())
          .append("\"\n");
    }
    return out.append("```\n").toString();
  }
}
