import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules benchmark (issue 22), against a running service and its database:
 *
 * <ol>
 *   <li>accent-free text search of one person's notes among many people's (bench.users others with
 *       bench.rowsPerUser transactions each, one note in eight a Grab ride the bench user has none
 *       of): latency percentiles of GET /api/v1/transactions?q=…;
 *   <li>a single create with no rules and with 200 active rules: latency percentiles and the
 *       service's CPU per create, three rounds each, medians reported;
 *   <li>an import of bench.importRows rows (a job) with the rules off and with them on, three rounds
 *       each;
 *   <li>a rule's preview (first page) and apply over bench.applyRows of the user's transactions,
 *       with a writer recording transactions meanwhile (its p99 during the apply).
 * </ol>
 */
public class RuleBench {

  static final int USERS = Integer.getInteger("bench.users", 2000);
  static final int ROWS_PER_USER = Integer.getInteger("bench.rowsPerUser", 500);
  static final int OWN_ROWS = Integer.getInteger("bench.ownRows", 500);
  static final int SEARCHES = Integer.getInteger("bench.searches", 200);
  static final int CREATES = Integer.getInteger("bench.creates", 1000);
  static final int RULES = Integer.getInteger("bench.rules", 200);
  static final int APPLY_ROWS = Integer.getInteger("bench.applyRows", 1_000_000);
  static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 100_000);

  final String base;
  final int dbPort;
  final String dbPassword;
  final HttpClient http = HttpClient.newHttpClient();
  final String email = "rules-bench-" + System.nanoTime() + "@bench.example";
  String token;
  String userId;
  String wallet;
  String category;

  RuleBench(String base, int dbPort, String dbPassword) {
    this.base = base;
    this.dbPort = dbPort;
    this.dbPassword = dbPassword;
  }

  public static void main(String[] args) throws Exception {
    RuleBench bench =
        new RuleBench(args[0], Integer.parseInt(args[1]), Files.readString(Path.of(args[2])).strip());
    List<String> parts = List.of(System.getProperty("bench.parts", "search,creates,imports,apply").split(","));
    bench.setUp();
    if (parts.contains("search")) {
      bench.search();
    }
    if (parts.contains("creates")) {
      bench.creates();
    }
    if (parts.contains("imports")) {
      bench.imports();
    }
    if (parts.contains("apply")) {
      bench.previewAndApply();
    }
  }

  void setUp() throws Exception {
    token = field(send("POST", "/api/v1/auth/register",
        "{\"email\":\"" + email + "\",\"password\":\"bench password 1234\"}"), "accessToken");
    userId = field(send("GET", "/api/v1/me", null), "id");
    wallet = field(send("POST", "/api/v1/wallets", "{\"name\":\"Bench 1\",\"currency\":\"VND\"}"), "id");
    category = field(send("GET", "/api/v1/categories?type=EXPENSE&limit=1", null), "id");
  }

  void search() throws Exception {
    long started = System.nanoTime();
    psqlFile("bench/rules-load.sql", Map.of("users", String.valueOf(USERS), "rows",
        String.valueOf(ROWS_PER_USER), "own", String.valueOf(OWN_ROWS), "email", email));
    long total = Long.parseLong(psql("SELECT count(*) FROM transactions").strip());
    long grab = Long.parseLong(psql("SELECT count(*) FROM transactions WHERE note LIKE 'GRAB%'").strip());
    System.out.printf("## Accent-free search, one person's notes among many%n%n"
        + "%,d transactions over %,d users (%,d of them Grab rides, none the searcher's); loaded in %d s."
        + " Index: %s%n%n", total, USERS + 1, grab, (System.nanoTime() - started) / 1_000_000_000L,
        psql("SELECT pg_size_pretty(pg_relation_size('transactions_note_fold_idx'))").strip());
    System.out.println("| q | matches (own) | p50 ms | p95 ms | p99 ms |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String q : List.of("grab", "an trua", "DIEN", "cho ben thanh 42")) {
      String path = "/api/v1/transactions?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      int matches = count(send("GET", path, null), "\"id\"");
      for (int i = 0; i < 20; i++) {
        send("GET", path, null);
      }
      long[] nanos = new long[SEARCHES];
      for (int i = 0; i < SEARCHES; i++) {
        long t = System.nanoTime();
        send("GET", path, null);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", q, matches, ms(nanos, 50), ms(nanos, 95), ms(nanos, 99));
    }
    System.out.println();
    System.out.println("```");
    String plan = psql("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM transactions t WHERE t.user_id = '"
        + userId + "' AND t.note_folded LIKE '%grab%' ORDER BY t.date DESC, t.id DESC LIMIT 51").strip();
    // The folding function's table of letters is inlined into the plan: keep each line short.
    plan.lines().map(line -> line.length() > 140 ? line.substring(0, 140) + "…" : line).forEach(System.out::println);
    System.out.println("```");
    System.out.println();
  }

  void creates() throws Exception {
    System.out.printf("## A single create with and without %d active rules%n%n", RULES);
    System.out.println("| rules | round | creates | p50 ms | p99 ms | service CPU ms per create |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    List<double[]> none = new ArrayList<>();
    List<double[]> many = new ArrayList<>();
    List<String> ruleIds = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      none.add(createRound(0, round));
      if (ruleIds.isEmpty()) {
        for (int i = 0; i < RULES; i++) {
          ruleIds.add(field(send("POST", "/api/v1/rules", rule(i)), "id"));
        }
      }
      psql("UPDATE rules SET active = true WHERE user_id = '" + userId + "'");
      many.add(createRound(RULES, round));
      psql("UPDATE rules SET active = false WHERE user_id = '" + userId + "'");
    }
    System.out.printf("%nMedians of three: without rules p99 %.2f ms, CPU %.3f ms; with %d rules p99 %.2f ms, CPU %.3f ms%n%n",
        median(none, 1), median(none, 2), RULES, median(many, 1), median(many, 2));
  }

  void imports() throws Exception {
    System.out.printf("## An import of %,d rows with the rules off and on%n%n", IMPORT_ROWS);
    System.out.println("| rules | round | seconds | rows per second |");
    System.out.println("|---:|---:|---:|---:|");
    send("POST", "/api/v1/rules", "{\"name\":\"Sevens\",\"runsOn\":\"IMPORT\",\"match\":\"ALL\","
        + "\"conditions\":[{\"field\":\"NOTE\",\"operator\":\"ENDS_WITH\",\"value\":\"so 7\"}],"
        + "\"actions\":[{\"type\":\"SET_CATEGORY\",\"categoryId\":\"" + category + "\"}]}");
    byte[] file = statement(IMPORT_ROWS);
    List<Double> off = new ArrayList<>();
    List<Double> on = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      for (boolean active : new boolean[] {false, true}) {
        psql("UPDATE rules SET active = " + active + " WHERE user_id = '" + userId + "'");
        String into = field(send("POST", "/api/v1/wallets",
            "{\"name\":\"Import " + round + active + "\",\"currency\":\"VND\"}"), "id");
        long t = System.nanoTime();
        importStatement(into, file);
        double seconds = (System.nanoTime() - t) / 1e9;
        (active ? on : off).add(seconds);
        System.out.printf("| %d | %d | %.1f | %,.0f |%n", active ? RULES + 1 : 0, round, seconds, IMPORT_ROWS / seconds);
      }
    }
    psql("UPDATE rules SET active = false WHERE user_id = '" + userId + "'");
    off.sort(null);
    on.sort(null);
    System.out.printf("%nMedians of three: %.1f s without rules, %.1f s with %d (%+.0f%%).%n%n",
        off.get(1), on.get(1), RULES + 1, 100 * (on.get(1) / off.get(1) - 1));
  }

  /** A Vietnamese bank's statement: dd/MM/yyyy, '.' between thousands, a debit/credit pair. */
  static byte[] statement(int rows) {
    StringBuilder out = new StringBuilder("Ngày,Mã GD,Mô tả,Ghi nợ,Ghi có\r\n");
    java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 26);
    for (int i = 1; i <= rows; i++) {
      java.time.LocalDate date = day.minusDays(i % 700);
      String amount = String.format("%,d", 1000L * (1 + (i * 7919L) % 5000)).replace(',', '.');
      boolean in = i % 10 == 0;
      out.append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()))
          .append(",FT").append(i).append(",\"Giao dịch số ").append(i).append("\",")
          .append(in ? "" : "\"" + amount + "\"").append(',').append(in ? "\"" + amount + "\"" : "").append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  void importStatement(String into, byte[] file) throws Exception {
    String mapping = "{\"date\":\"Ngày\",\"debit\":\"Ghi nợ\",\"credit\":\"Ghi có\",\"note\":\"Mô tả\","
        + "\"externalId\":\"Mã GD\",\"dateFormat\":\"dd/MM/yyyy\",\"decimalSeparator\":\",\"}";
    String boundary = "bench-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (String[] f : new String[][] {{"walletId", into}, {"mapping", mapping}}) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
          + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 201) {
      return;
    }
    if (response.statusCode() != 202) {
      throw new IllegalStateException("import: " + response.statusCode() + " " + response.body());
    }
    String job = response.headers().firstValue("Location").orElseThrow();
    while (true) {
      String state = field(send("GET", job.replaceFirst("^https?://[^/]+", ""), null), "state");
      if (state.equals("DONE")) {
        return;
      }
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        throw new IllegalStateException("import job ended " + state);
      }
      Thread.sleep(200); // benchmark only: polling the job as a client does
    }
  }

  /** One round of sequential creates; returns {p50, p99, cpu ms per create}. */
  double[] createRound(int rules, int round) throws Exception {
    String body = "{\"type\":\"EXPENSE\",\"amount\":\"45000\",\"sourceWalletId\":\"" + wallet
        + "\",\"date\":\"2026-11-20\",\"note\":\"Ăn trưa văn phòng\"}";
    for (int i = 0; i < 100; i++) {
      send("POST", "/api/v1/transactions", body);
    }
    long[] nanos = new long[CREATES];
    long cpu = serviceCpuMillis();
    for (int i = 0; i < CREATES; i++) {
      long t = System.nanoTime();
      send("POST", "/api/v1/transactions", body);
      nanos[i] = System.nanoTime() - t;
    }
    double cpuPer = (serviceCpuMillis() - cpu) / (double) CREATES;
    Arrays.sort(nanos);
    double[] result = {ms(nanos, 50), ms(nanos, 99), cpuPer};
    System.out.printf("| %d | %d | %d | %.2f | %.2f | %.3f |%n", rules, round, CREATES, result[0], result[1], result[2]);
    return result;
  }

  /** Rules that do not match the creates: note, amount and day conditions, a group, a tag action. */
  static String rule(int i) {
    String conditions = switch (i % 4) {
      case 0 -> "[{\"field\":\"NOTE\",\"operator\":\"CONTAINS\",\"value\":\"shop " + i + "\"}]";
      case 1 -> "[{\"field\":\"NOTE\",\"operator\":\"STARTS_WITH\",\"value\":\"pay " + i + "\"},"
          + "{\"field\":\"AMOUNT\",\"operator\":\"GREATER\",\"value\":\"" + (100000 + i) + "\"}]";
      case 2 -> "[{\"match\":\"ANY\",\"conditions\":[{\"field\":\"NOTE\",\"operator\":\"ENDS_WITH\",\"value\":\"x" + i
          + "\"},{\"field\":\"DAY_OF_MONTH\",\"operator\":\"BETWEEN\",\"value\":\"31\",\"value2\":\"31\"}]}]";
      default -> "[{\"field\":\"NOTE\",\"operator\":\"MATCHES\",\"value\":\"^ref-" + i + "-\\\\d+$\"}]";
    };
    return "{\"name\":\"Bench rule " + i + "\",\"runsOn\":\"BOTH\",\"match\":\"ALL\",\"conditions\":" + conditions
        + ",\"actions\":[{\"type\":\"SET_NOTE\",\"value\":\"rule " + i + "\"}]}";
  }

  void previewAndApply() throws Exception {
    long have = Long.parseLong(psql("SELECT count(*) FROM transactions WHERE user_id = '" + userId + "'").strip());
    if (have < APPLY_ROWS) {
      psql("INSERT INTO transactions (user_id, type, amount, source_wallet_id, date, note)"
          + " SELECT '" + userId + "', 'EXPENSE', 1000, '" + wallet + "', DATE '2026-11-26' - (g % 1800),"
          + " CASE WHEN g % 100 = 0 THEN 'Điện lực ' || g ELSE 'Chợ ' || g END"
          + " FROM generate_series(1, " + (APPLY_ROWS - have) + ") g");
      psql("UPDATE wallets w SET balance = w.opening_balance - COALESCE((SELECT sum(amount) FROM transactions t"
          + " WHERE t.source_wallet_id = w.id), 0) WHERE w.id = '" + wallet + "'");
      psql("VACUUM ANALYZE transactions");
    }
    long total = Long.parseLong(psql("SELECT count(*) FROM transactions WHERE user_id = '" + userId + "'").strip());
    System.out.printf("## Preview and apply over %,d of one person's transactions%n%n", total);
    String narrowed = field(send("POST", "/api/v1/rules", "{\"name\":\"Power\",\"runsOn\":\"BOTH\",\"match\":\"ALL\","
        + "\"conditions\":[{\"field\":\"NOTE\",\"operator\":\"CONTAINS\",\"value\":\"dien luc\"}],"
        + "\"actions\":[{\"type\":\"SET_CATEGORY\",\"categoryId\":\"" + category + "\"}]}"), "id");
    String scanning = field(send("POST", "/api/v1/rules", "{\"name\":\"Pattern\",\"runsOn\":\"BOTH\",\"match\":\"ALL\","
        + "\"conditions\":[{\"field\":\"NOTE\",\"operator\":\"MATCHES\",\"value\":\"^Điện lực \\\\d+0000$\"}],"
        + "\"actions\":[{\"type\":\"APPEND_NOTE\",\"value\":\"(EVN)\"}]}"), "id");
    System.out.println("| rule | preview first page p50 ms | p99 ms | rows read |");
    System.out.println("|---|---:|---:|---:|");
    for (String[] rule : List.of(new String[] {"note contains “dien luc” (narrowed by the index)", narrowed},
        new String[] {"regular expression only (read newest first, 20,000 rows a request)", scanning})) {
      long[] nanos = new long[21];
      String response = "";
      for (int i = 0; i < nanos.length; i++) {
        long t = System.nanoTime();
        response = send("POST", "/api/v1/rules/" + rule[1] + "/preview?limit=50", "{}");
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf("| %s | %.1f | %.1f | %s |%n", rule[0], ms(nanos, 50), ms(nanos, 99), field(response, "scanned"));
    }
    String wide = field(send("POST", "/api/v1/rules", "{\"name\":\"Market\",\"runsOn\":\"BOTH\",\"match\":\"ALL\","
        + "\"conditions\":[{\"field\":\"NOTE\",\"operator\":\"STARTS_WITH\",\"value\":\"cho 1\"}],"
        + "\"actions\":[{\"type\":\"SET_CATEGORY\",\"categoryId\":\"" + category + "\"}]}"), "id");
    for (String[] rule : List.of(new String[] {"note contains “dien luc” (1% of the rows)", narrowed},
        new String[] {"note starts with “cho 1” (11% of the rows)", wide})) {
      apply(rule[0], rule[1]);
    }
    String balances = psql("SELECT count(*) FROM wallets w WHERE w.user_id = '" + userId + "' AND w.balance <>"
        + " w.opening_balance - COALESCE((SELECT sum(amount) FROM transactions t WHERE t.source_wallet_id = w.id), 0)"
        + " + COALESCE((SELECT sum(amount) FROM transactions t WHERE t.target_wallet_id = w.id), 0)").strip();
    System.out.println("Wallets whose balance differs from their transactions afterwards: " + balances);
  }

  /** Applies a rule while one client keeps recording transactions; reports both. */
  void apply(String name, String rule) throws Exception {
    AtomicBoolean applying = new AtomicBoolean(true);
    List<Long> during = java.util.Collections.synchronizedList(new ArrayList<>());
    String body = "{\"type\":\"EXPENSE\",\"amount\":\"1000\",\"sourceWalletId\":\"" + wallet
        + "\",\"date\":\"2026-11-20\",\"note\":\"during apply\"}";
    Thread writer = new Thread(() -> {
      while (applying.get()) {
        long t = System.nanoTime();
        try {
          send("POST", "/api/v1/transactions", body);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        during.add(System.nanoTime() - t);
      }
    });
    writer.start();
    long t = System.nanoTime();
    String applied = send("POST", "/api/v1/rules/" + rule + "/apply", "{}");
    long applyMs = (System.nanoTime() - t) / 1_000_000;
    applying.set(false);
    writer.join();
    long[] writes = during.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%nApply, %s: %s transactions changed of %s read in %,d ms; meanwhile %d creates,"
        + " p50 %.1f ms, p99 %.1f ms.%n", name, field(applied, "changed"), field(applied, "scanned"), applyMs,
        writes.length, ms(writes, 50), ms(writes, 99));
  }

  String send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  static double ms(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000.0;
  }

  static double median(List<double[]> rounds, int column) {
    double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  static long serviceCpuMillis() {
    String pid = System.getProperty("bench.servicePid");
    if (pid == null) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  String psql(String sql) throws Exception {
    return exec(List.of("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
        String.valueOf(dbPort), "-U", "postgres", "-d", "spendwise", "-c", sql));
  }

  void psqlFile(String file, Map<String, String> variables) throws Exception {
    List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", "127.0.0.1", "-p",
        String.valueOf(dbPort), "-U", "postgres", "-d", "spendwise"));
    variables.forEach((k, v) -> {
      command.add("-v");
      command.add(k + "=" + v);
    });
    command.add("-f");
    command.add(file);
    exec(command);
  }

  String exec(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", dbPassword);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql failed:\n" + output);
    }
    return output;
  }
}
