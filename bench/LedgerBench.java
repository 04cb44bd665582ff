import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger benchmark: list latency at two volumes, creation throughput over HTTP, and pgbench
 * running the same SQL on the same database. Run through bench/run.sh, which starts the service;
 * standalone: java bench/LedgerBench.java <app-url> <db-port> <db-password-file>.
 */
public class LedgerBench {

  static final int LIST_REQUESTS = Integer.getInteger("bench.listRequests", 1000);
  static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  static final int CREATE_SECONDS = Integer.getInteger("bench.createSeconds", 30);
  /** On two cores the JIT needs a while under load before the figures settle. */
  static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 20);
  /** Batches of 1,000 per side in the batch figure (after 10 unmeasured ones). */
  static final int BATCH_REQUESTS = Integer.getInteger("bench.batchRequests", 50);
  static final long[] SIZES =
      Arrays.stream(System.getProperty("bench.sizes", "10000,1000000").split(","))
          .mapToLong(Long::parseLong)
          .toArray();

  /** One keep-alive connection per client thread: a lean client leaves the cores to the service. */
  final ThreadLocal<Connection> connections = new ThreadLocal<>();
  final String app;
  final int dbPort;
  final String dbPassword;
  final String email = "bench-" + System.currentTimeMillis() + "@example.com";
  /**
   * With -Dbench.shared=true every figure is taken in a shared ledger the bench user owns (the API
   * names it in SpendWise-Ledger, the pages switch to it), against the same pgbench ceiling.
   */
  static final boolean SHARED = Boolean.getBoolean("bench.shared");
  String ledger;
  String token;
  /** The web app's pages, signed in with a session cookie like a browser. */
  final HttpClient pages =
      HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
  String userId;
  String subject;

  LedgerBench(String app, int dbPort, String dbPassword) {
    this.app = app;
    this.dbPort = dbPort;
    this.dbPassword = dbPassword;
  }

  public static void main(String[] args) throws Exception {
    String password = Files.readString(Path.of(args[2])).strip();
    new LedgerBench(args[0], Integer.parseInt(args[1]), password).run();
  }

  void run() throws Exception {
    System.out.printf(
        "SpendWise ledger benchmark: %d cores, %s %s, %d list requests per figure, %d clients%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        LIST_REQUESTS,
        CLIENTS);
    setUp();
    warmUp();
    long loaded = 0;
    List<String> report = new ArrayList<>();
    for (long size : SIZES) {
      long started = System.nanoTime();
      psqlFile("bench/load.sql", Map.of("uid", userId, "from_n", String.valueOf(loaded + 1), "to_n", String.valueOf(size)));
      System.out.printf("Loaded %,d transactions in %.1f s%n", size, (System.nanoTime() - started) / 1e9);
      loaded = size;
      report.add(listFigures(size));
    }
    String creation = creationFigures();
    String batch = batchFigures();
    System.out.println();
    System.out.println("List and report latency (ms, one client, sequential requests, limit 50)");
    System.out.println("Targets at 1,000,000: list p99 < 20 ms; search p99 <= 20 ms; each report p99 <= 50 ms; pages p99 <= 100 ms");
    System.out.printf("%-12s %-36s %8s %8s %8s%n", "transactions", "query", "p50", "p99", "max");
    report.forEach(System.out::print);
    System.out.println();
    System.out.print(creation);
    System.out.println();
    System.out.print(batch);
  }

  /** A user with 5 wallets for the loaded history, 16 for creation, and 10 tags. */
  void setUp() throws Exception {
    String body =
        "{\"email\":\"" + email + "\",\"password\":\"bench password 1234\"}";
    token = field(send("POST", "/api/v1/auth/register", body, false).body(), "accessToken");
    String me = send("GET", "/api/v1/me", null, true).body();
    userId = field(me, "id");
    if (SHARED) {
      Response created = send("POST", "/api/v1/ledgers", "{\"name\":\"Bench household\"}", true);
      expect(created, 201);
      ledger = field(created.body(), "id");
      userId = ledger;
    }
    for (int i = 1; i <= 5; i++) {
      expect(send("POST", "/api/v1/wallets", "{\"name\":\"Bench " + i + "\",\"currency\":\"VND\"}", true), 201);
    }
    for (int i = 1; i <= 10; i++) {
      expect(send("POST", "/api/v1/tags", "{\"name\":\"tag-" + i + "\"}", true), 201);
    }
    // Creation wallets get fixed ids so that pgbench can name them too.
    psql(
        "INSERT INTO wallets (id, user_id, name, currency) SELECT CAST('b0000000-0000-4000-8000-0000000000'"
            + " || lpad(n::text, 2, '0') AS uuid), '" + userId + "', 'Create ' || n, 'VND'"
            + " FROM generate_series(0, 15) n");
    subject = psql("SELECT cognito_sub FROM users WHERE id = '" + userId + "'").strip();
    plans();
    signInToPages();
  }

  /**
   * What the part-2 pages show: budgets (one over all expenses, one per category), goals, recurring
   * rules on the first history wallet, an exchange rate and some notifications.
   */
  void plans() throws Exception {
    String wallet = firstId(send("GET", "/api/v1/wallets?limit=1", null, true).body());
    String categories = send("GET", "/api/v1/categories?type=EXPENSE&limit=5", null, true).body();
    expect(send("POST", "/api/v1/budgets", "{\"period\":\"MONTHLY\",\"amount\":\"5000000\",\"currency\":\"VND\"}", true), 201);
    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(categories);
    for (int i = 0; i < 4 && ids.find(); i++) {
      expect(send("POST", "/api/v1/budgets", "{\"period\":\"" + (i % 2 == 0 ? "MONTHLY" : "YEARLY")
          + "\",\"amount\":\"2000000\",\"currency\":\"VND\",\"categoryId\":\"" + ids.group(1) + "\"}", true), 201);
    }
    for (int i = 1; i <= 3; i++) {
      expect(send("POST", "/api/v1/goals", "{\"name\":\"Goal " + i + "\",\"targetAmount\":\"" + (i * 10_000_000)
          + "\",\"currency\":\"VND\",\"currentAmount\":\"1000000\",\"deadline\":\"2027-12-31\"}", true), 201);
    }
    String[] intervals = {"DAILY", "WEEKLY", "MONTHLY", "MONTHLY", "YEARLY"};
    for (int i = 0; i < intervals.length; i++) {
      expect(send("POST", "/api/v1/recurring-transactions", "{\"type\":\"EXPENSE\",\"walletId\":\"" + wallet
          + "\",\"amount\":\"" + (10_000 * (i + 1)) + "\",\"note\":\"rule " + i + "\",\"interval\":\""
          + intervals[i] + "\"}", true), 201);
    }
    expect(send("POST", "/api/v1/exchange-rates", "{\"base\":\"USD\",\"quote\":\"VND\",\"rate\":\"25400\",\"date\":\"2020-01-01\"}", true), 201);
    psql("INSERT INTO notifications (user_id, type, message) SELECT '" + userId + "', 'BUDGET_WARNING',"
        + " 'Bench notice ' || n FROM generate_series(1, 60) n");
  }

  /** Signs in through the sign-in form (its CSRF token first), as a person does. */
  void signInToPages() throws Exception {
    String form = page("/signin").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode("bench password 1234", StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = pages.send(
        HttpRequest.newBuilder(URI.create(app + "/signin"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("page sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers());
    }
    if (SHARED) {
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page("/ledgers").body());
      if (!token.find()) {
        throw new IllegalStateException("no CSRF token on the ledgers page");
      }
      HttpResponse<String> switched = pages.send(
          HttpRequest.newBuilder(URI.create(app + "/ledgers/switch"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString("ledger=" + ledger + "&then=%2F&_csrf="
                  + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (switched.statusCode() != 302 || !page("/").body().contains("Bench household")) {
        throw new IllegalStateException("the pages did not switch to the shared ledger");
      }
    }
  }

  HttpResponse<String> page(String path) throws Exception {
    return pages.send(
        HttpRequest.newBuilder(URI.create(app + path)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Server time of a page as a browser gets it (HTML only; its stylesheet and script are cached). */
  long[] pageLatencies(String path, int requests) throws Exception {
    for (int i = 0; i < 100; i++) {
      expectPage(page(path), path);
    }
    long[] nanos = new long[requests];
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      expectPage(page(path), path);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  static void expectPage(HttpResponse<String> response, String path) {
    if (response.statusCode() != 200 || !response.body().contains("</main>")) {
      throw new IllegalStateException(response.statusCode() + " " + path + ": not the page");
    }
  }

  /**
   * Runs every measured request for a while first, so that the first volume is not measured on a
   * colder JIT than the second (on two cores the JIT takes tens of seconds to settle).
   */
  void warmUp() throws Exception {
    psqlFile("bench/load.sql", Map.of("uid", userId, "from_n", "1", "to_n", "1000"));
    long end = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < end) {
      listFigures(0, 20);
    }
    psql("DELETE FROM transactions WHERE user_id = '" + userId + "'");
    psql("UPDATE wallets SET balance = opening_balance WHERE user_id = '" + userId + "'");
  }

  String listFigures(long size) throws Exception {
    return listFigures(size, LIST_REQUESTS);
  }

  String listFigures(long size, int requests) throws Exception {
    String wallet = firstId(send("GET", "/api/v1/wallets?limit=1", null, true).body());
    String category =
        firstId(send("GET", "/api/v1/categories?type=EXPENSE&limit=1", null, true).body());
    String month = "from=2025-06-01&to=2025-06-30&limit=50";
    String cursor = null;
    int page = 1;
    for (; page < 40; page++) {
      String listed = send("GET", "/api/v1/transactions?" + month + (cursor == null ? "" : "&cursor=" + cursor), null, true).body();
      String next = field(listed, "nextCursor");
      if (next == null) {
        break;
      }
      cursor = next;
    }
    StringBuilder out = new StringBuilder();
    out.append(row(size, "first page", latencies("/api/v1/transactions?limit=50", requests)));
    out.append(row(size, "one month, page " + page, latencies("/api/v1/transactions?" + month + (cursor == null ? "" : "&cursor=" + cursor), requests)));
    out.append(row(size, "wallet + category, first page", latencies("/api/v1/transactions?limit=50&walletId=" + wallet + "&categoryId=" + category, requests)));
    // Text search: one row's note, every row's word, and a word in no note (the whole history
    // has to be ruled out), plus a LIKE wildcard that must match literally.
    long rare = Math.max(1, size - 7);
    // A search that scans the history takes a quarter of a second at a million rows: fewer runs.
    int searches = Math.min(requests, 200);
    out.append(row(size, "search: rare word (1 match)", latencies("/api/v1/transactions?limit=50&q=note+" + rare, searches)));
    out.append(row(size, "search: rare number alone (1 match)", latencies("/api/v1/transactions?limit=50&q=" + rare, searches)));
    out.append(row(size, "search: common word (every row)", latencies("/api/v1/transactions?limit=50&q=bench", searches)));
    out.append(row(size, "search: no match", latencies("/api/v1/transactions?limit=50&q=zebra", searches)));
    out.append(row(size, "search: literal 50% (no match)", latencies("/api/v1/transactions?limit=50&q=50%25", searches)));
    // A phrase whose longest word is in every note: guards against narrowing by the longest word.
    out.append(row(size, "search: every-note word + 99 (no match)", latencies("/api/v1/transactions?limit=50&q=bench+99", searches)));
    out.append(row(size, "report: cash-flow, 12 months", latencies("/api/v1/reports/cash-flow?from=2025-12-01&to=2026-11-30&granularity=month", requests)));
    out.append(row(size, "report: categories, one month", latencies("/api/v1/reports/categories?from=2026-11-01&to=2026-11-30", requests)));
    out.append(row(size, "report: categories, one year", latencies("/api/v1/reports/categories?from=2025-12-01&to=2026-11-30", requests)));
    out.append(row(size, "report: net-worth, 60 months", latencies("/api/v1/reports/net-worth?from=2021-12-01&to=2026-11-30&granularity=month", requests)));
    out.append(row(size, "report: summary of a month", latencies("/api/v1/reports/summary?month=2026-11", requests)));
    out.append(row(size, "page: dashboard", pageLatencies("/", requests)));
    out.append(row(size, "page: transactions, first page", pageLatencies("/transactions", requests)));
    out.append(row(size, "page: transactions, one month + totals", pageLatencies("/transactions?from=2026-11-01&to=2026-11-30&walletId=" + wallet, requests)));
    out.append(row(size, "page: wallet activity", pageLatencies("/wallets/" + wallet + "/activity", requests)));
    out.append(row(size, "page: budgets", pageLatencies("/budgets", requests)));
    out.append(row(size, "page: goals", pageLatencies("/goals", requests)));
    out.append(row(size, "page: recurring", pageLatencies("/recurring", requests)));
    out.append(row(size, "page: upcoming (90 days) + calendar", pageLatencies("/upcoming?days=90", requests)));
    out.append(row(size, "page: notifications", pageLatencies("/notifications", requests)));
    out.append(row(size, "page: reports, 12 months", pageLatencies("/reports", requests)));
    out.append(row(size, "page: exchange rates", pageLatencies("/rates", requests)));
    return out.toString();
  }

  static String row(long size, String query, long[] nanos) {
    return String.format("%-12s %-36s %8.2f %8.2f %8.2f%n", String.format("%,d", size), query,
        percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
  }

  long[] latencies(String path, int requests) throws Exception {
    for (int i = 0; i < 100; i++) {
      expect(send("GET", path, null, true), 200);
    }
    long[] nanos = new long[requests];
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      expect(send("GET", path, null, true), 200);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  String creationFigures() throws Exception {
    String category =
        firstId(send("GET", "/api/v1/categories?type=EXPENSE&limit=1", null, true).body());
    // Warm-up, then the measured run.
    creationRun(category, WARMUP_SECONDS);
    long cpuBefore = serviceCpuMillis();
    long[] http = creationRun(category, CREATE_SECONDS);
    long serviceCpu = serviceCpuMillis() - cpuBefore;
    double httpRate = http.length / (double) CREATE_SECONDS;
    Path script = Path.of("bench/create.pgbench");
    String pgbench =
        exec(List.of("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(CLIENTS), "-j", "2",
            "-T", String.valueOf(CREATE_SECONDS), "-h", "127.0.0.1", "-p", String.valueOf(dbPort),
            "-U", "postgres", "-D", "uid=" + userId, "-D", "sub=" + subject,
            "-D", "category=" + category, "-f", script.toString(), "spendwise"));
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(pgbench);
    Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(pgbench);
    if (!tps.find() || !latency.find()) {
      throw new IllegalStateException("pgbench output not understood:\n" + pgbench);
    }
    double pgRate = Double.parseDouble(tps.group(1));
    String mismatches = balanceMismatches();
    return String.format(
        "Creation, %d concurrent clients for %d s (targets: ratio >= 0.60, HTTP p99 <= 30 ms)%n"
            + "  HTTP POST /api/v1/transactions: %8.0f per second, p50 %.2f ms, p99 %.2f ms%n"
            + "  pgbench, same SQL:              %8.0f per second, average %s ms%n"
            + "  ratio HTTP / pgbench:           %8.2f%n"
            + "  service CPU per create:         %8s%n"
            + "  wallets whose balance differs from their transactions afterwards: %s%n",
        CLIENTS, CREATE_SECONDS, httpRate, percentile(http, 50), percentile(http, 99), pgRate,
        latency.group(1), httpRate / pgRate,
        serviceCpu < 0 ? "unknown" : String.format("%.2f ms", serviceCpu / (double) http.length),
        mismatches);
  }

  /**
   * CPU time the service's process has used so far (user and system), from /proc; -1 when the
   * benchmark was not told its pid (bench.servicePid) or is not on Linux.
   */
  static long serviceCpuMillis() {
    String pid = System.getProperty("bench.servicePid");
    if (pid == null) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** How many of the user's wallets have a balance that differs from their transactions. */
  String balanceMismatches() throws Exception {
    return psql("SELECT count(*) FROM wallets w WHERE w.user_id = '" + userId + "' AND w.balance <> w.opening_balance"
        + " + COALESCE((SELECT sum(COALESCE(t.target_amount, t.amount)) FROM transactions t WHERE t.target_wallet_id = w.id), 0)"
        + " - COALESCE((SELECT sum(t.amount) FROM transactions t WHERE t.source_wallet_id = w.id), 0)").strip();
  }

  /**
   * POST /transactions/batch with 1,000 expenses, one client, one batch after another, against
   * pgbench running the same statements (bench/batch.pgbench) one transaction after another.
   */
  String batchFigures() throws Exception {
    String category =
        firstId(send("GET", "/api/v1/categories?type=EXPENSE&limit=1", null, true).body());
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 1000; i++) {
      body.append(i == 0 ? "" : ",").append(String.format(
          "{\"type\":\"EXPENSE\",\"amount\":\"1000\",\"sourceWalletId\":\"b0000000-0000-4000-8000-0000000000%02d\",\"categoryId\":\"%s\",\"date\":\"2026-11-26\",\"note\":\"batch\"}",
          i % 16, category));
    }
    String batch = body.append("]}").toString();
    for (int i = 0; i < 10; i++) {
      expect(send("POST", "/api/v1/transactions/batch", batch, true), 201);
    }
    long[] http = new long[BATCH_REQUESTS];
    for (int i = 0; i < BATCH_REQUESTS; i++) {
      long start = System.nanoTime();
      expect(send("POST", "/api/v1/transactions/batch", batch, true), 201);
      http[i] = System.nanoTime() - start;
    }
    Arrays.sort(http);
    Path logs = Files.createTempDirectory("pgbench-batch");
    List<String> pgbench = List.of("pgbench", "-n", "-M", "prepared", "-c", "1", "-h", "127.0.0.1",
        "-p", String.valueOf(dbPort), "-U", "postgres", "-D", "uid=" + userId,
        "-D", "category=" + category, "-f", "bench/batch.pgbench");
    List<String> warm = new ArrayList<>(pgbench);
    warm.addAll(List.of("-t", "10", "spendwise"));
    exec(warm);
    List<String> measured = new ArrayList<>(pgbench);
    measured.addAll(List.of("-t", String.valueOf(BATCH_REQUESTS), "-l", "--log-prefix=" + logs.resolve("batch"), "spendwise"));
    exec(measured);
    // One line per transaction: client, number, latency in microseconds, ...
    long[] pg;
    try (var files = Files.list(logs)) {
      pg = files.flatMap(f -> {
            try {
              return Files.readAllLines(f).stream();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .mapToLong(line -> Long.parseLong(line.split(" ")[2]) * 1000)
          .sorted()
          .toArray();
    }
    try (var files = Files.list(logs)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(logs);
    if (pg.length != BATCH_REQUESTS) {
      throw new IllegalStateException("pgbench logged " + pg.length + " batches, not " + BATCH_REQUESTS);
    }
    return String.format(
        "Batch of 1,000 expenses, one client, %d batches each (target: HTTP p99 <= 150 ms)%n"
            + "  HTTP POST /api/v1/transactions/batch: p50 %7.1f ms, p99 %7.1f ms%n"
            + "  pgbench, same SQL in one transaction: p50 %7.1f ms, p99 %7.1f ms%n"
            + "  ratio of the medians, pgbench / HTTP: %7.2f%n"
            + "  wallets whose balance differs from their transactions afterwards: %s%n",
        BATCH_REQUESTS, percentile(http, 50), percentile(http, 99), percentile(pg, 50),
        percentile(pg, 99), percentile(pg, 50) / percentile(http, 50), balanceMismatches());
  }

  long[] creationRun(String category, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<long[]>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(pool.submit(() -> {
          long[] nanos = new long[1 << 16];
          int count = 0;
          while (System.nanoTime() < end && count < nanos.length) {
            int w = ThreadLocalRandom.current().nextInt(16);
            String body = String.format(
                "{\"type\":\"EXPENSE\",\"amount\":\"%d\",\"sourceWalletId\":\"b0000000-0000-4000-8000-0000000000%02d\",\"categoryId\":\"%s\",\"date\":\"2026-11-26\",\"note\":\"http\"}",
                1000 * (1 + ThreadLocalRandom.current().nextInt(5000)), w, category);
            long start = System.nanoTime();
            expect(send("POST", "/api/v1/transactions", body, true), 201);
            nanos[count++] = System.nanoTime() - start;
          }
          return Arrays.copyOf(nanos, count);
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> client : clients) {
        for (long n : client.get()) {
          all.add(n);
        }
      }
      return all.stream().mapToLong(Long::longValue).sorted().toArray();
    } finally {
      pool.shutdown();
    }
  }

  static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  Response send(String method, String path, String body, boolean auth) throws IOException {
    Connection connection = connections.get();
    if (connection != null && System.nanoTime() - connection.lastUsed > 5_000_000_000L) {
      // The server closes idle keep-alive connections (after a long load, for example).
      connection.socket.close();
      connection = null;
    }
    if (connection == null) {
      connection = new Connection(URI.create(app));
      connections.set(connection);
    }
    Response response =
        connection.exchange(method, path, body, auth ? token : null, auth ? ledger : null);
    if (connection.closing) {
      // Tomcat ends a connection after 100 requests (maxKeepAliveRequests) and says so.
      connection.socket.close();
      connections.remove();
    }
    return response;
  }

  record Response(int statusCode, String body, String uri) {}

  /** A minimal HTTP/1.1 client: keep-alive, Content-Length or chunked responses. */
  static final class Connection {
    private final String host;
    private final Socket socket;
    private final OutputStream out;
    private final BufferedInputStream in;
    boolean closing;
    long lastUsed = System.nanoTime();

    Connection(URI base) throws IOException {
      host = base.getHost() + ":" + base.getPort();
      socket = new Socket(base.getHost(), base.getPort());
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 65536);
    }

    Response exchange(String method, String path, String body, String token, String ledger)
        throws IOException {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(256)
          .append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host)
          .append("\r\nAccept: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
      if (token != null) {
        head.append("Authorization: Bearer ").append(token).append("\r\n");
      }
      if (ledger != null) {
        head.append("SpendWise-Ledger: ").append(ledger).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: application/json\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.substring(9, 12));
      int length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closing = true;
        }
      }
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
          received.write(in.readNBytes(size));
          line();
        }
        line();
      } else if (length > 0) {
        received.write(in.readNBytes(length));
      }
      lastUsed = System.nanoTime();
      return new Response(code, received.toString(StandardCharsets.UTF_8), path);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }

  static void expect(Response response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String firstId(String page) {
    return field(page, "id");
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
      throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed:\n" + output);
    }
    return output;
  }
}
