import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a CSV import of bench.importRows rows (default 100,000) into one wallet (a job, from the
 * upload until the job is done), the same import again (every row a duplicate), and a CSV export of everything after bench.exportRows more
 * transactions (default 1,000,000) are loaded with bench/load.sql; samples the service's heap
 * during the export. Run by bench/exchange.sh.
 */
public class ExchangeBench {

  static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 100_000);
  static final int EXPORT_ROWS = Integer.getInteger("bench.exportRows", 1_000_000);

  final String app;
  final int dbPort;
  final String dbPassword;
  final HttpClient http = HttpClient.newHttpClient();
  final String email = "exchange-" + System.currentTimeMillis() + "@example.com";
  String token;

  ExchangeBench(String app, int dbPort, String dbPassword) {
    this.app = app;
    this.dbPort = dbPort;
    this.dbPassword = dbPassword;
  }

  public static void main(String[] args) throws Exception {
    new ExchangeBench(args[0], Integer.parseInt(args[1]), Files.readString(Path.of(args[2])).strip()).run();
  }

  void run() throws Exception {
    System.out.printf("SpendWise import/export benchmark: %d cores%n%n", Runtime.getRuntime().availableProcessors());
    token = field(post("/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"bench password 1234\"}").body(), "accessToken");
    List<String> wallets = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      wallets.add(field(post("/api/v1/wallets", "{\"name\":\"Bench " + i + "\",\"currency\":\"VND\"}").body(), "id"));
    }
    for (int i = 1; i <= 10; i++) {
      post("/api/v1/tags", "{\"name\":\"tag-" + i + "\"}");
    }
    byte[] csv = statement(IMPORT_ROWS);
    String mapping = "{\"date\":\"Ngày\",\"debit\":\"Ghi nợ\",\"credit\":\"Ghi có\",\"note\":\"Mô tả\",\"dateFormat\":\"dd/MM/yyyy\",\"decimalSeparator\":\",\"}";

    long started = System.nanoTime();
    HttpResponse<String> first = upload(wallets.get(0), mapping, csv);
    double firstSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    HttpResponse<String> again = upload(wallets.get(0), mapping, csv);
    double againSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("Import of %,d CSV rows (%,d bytes): %.1f s, HTTP %d, recorded %s%n",
        IMPORT_ROWS, csv.length, firstSeconds, first.statusCode(), number(first.body(), "recorded"));
    System.out.printf("Same file again: %.1f s, HTTP %d, duplicates %s%n",
        againSeconds, again.statusCode(), number(again.body(), "duplicates"));

    started = System.nanoTime();
    psqlLoad();
    System.out.printf("Loaded %,d more transactions in %.1f s%n", EXPORT_ROWS, (System.nanoTime() - started) / 1e9);

    AtomicLong peak = new AtomicLong();
    long before = heapUsed();
    Thread sampler = heapSampler(peak);
    started = System.nanoTime();
    HttpResponse<InputStream> export = http.send(
        HttpRequest.newBuilder(URI.create(app + "/api/v1/transactions/export?format=csv"))
            .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = export.body()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double exportSeconds = (System.nanoTime() - started) / 1e9;
    sampler.interrupt();
    sampler.join();
    System.out.printf("Export of %,d rows (%,d bytes): %.1f s, HTTP %d, %,.0f rows/s%n",
        lines - 1, bytes, exportSeconds, export.statusCode(), (lines - 1) / exportSeconds);
    System.out.printf("Service heap used: %.0f MB before, peak %.0f MB during the export (max heap: %s)%n",
        before / 1e6, peak.get() / 1e6, System.getenv().getOrDefault("SERVICE_OPTS", "default"));

    // The whole account out as a backup, then into a new account.
    Path backup = Files.createTempFile("spendwise-backup-", ".json");
    try {
      started = System.nanoTime();
      HttpResponse<Path> saved = http.send(
          HttpRequest.newBuilder(URI.create(app + "/api/v1/backup"))
              .header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofFile(backup));
      System.out.printf("Backup: %,d bytes in %.1f s, HTTP %d%n",
          Files.size(backup), (System.nanoTime() - started) / 1e9, saved.statusCode());
      token = field(post("/api/v1/auth/register", "{\"email\":\"restore-" + email + "\",\"password\":\"bench password 1234\"}").body(), "accessToken");
      peak.set(0);
      before = heapUsed();
      Thread heap = heapSampler(peak);
      started = System.nanoTime();
      HttpResponse<String> restored = http.send(
          HttpRequest.newBuilder(URI.create(app + "/api/v1/backup/restore"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofFile(backup)).build(),
          HttpResponse.BodyHandlers.ofString());
      double restoreSeconds = (System.nanoTime() - started) / 1e9;
      heap.interrupt();
      heap.join();
      System.out.printf("Restore into a new account: %.1f s, HTTP %d, %s transactions%n",
          restoreSeconds, restored.statusCode(), number(restored.body(), "transactions"));
      System.out.printf("Service heap used: %.0f MB before, peak %.0f MB during the restore%n",
          before / 1e6, peak.get() / 1e6);
    } finally {
      Files.deleteIfExists(backup);
    }
  }

  /** A Vietnamese bank-style statement: dd/MM/yyyy, '.' thousands, a debit/credit pair. */
  static byte[] statement(int rows) {
    StringBuilder out = new StringBuilder("Ngày,Mã GD,Mô tả,Ghi nợ,Ghi có\r\n");
    LocalDate day = LocalDate.of(2026, 11, 26);
    for (int i = 1; i <= rows; i++) {
      LocalDate date = day.minusDays(i % 700);
      String amount = String.format("%,d", 1000L * (1 + (i * 7919L) % 5000)).replace(',', '.');
      boolean in = i % 10 == 0;
      out.append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()))
          .append(",FT").append(i).append(",\"Giao dịch số ").append(i).append("\",")
          .append(in ? "" : "\"" + amount + "\"").append(',').append(in ? "\"" + amount + "\"" : "").append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  HttpResponse<String> upload(String wallet, String mapping, byte[] file) throws Exception {
    String boundary = "bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] field : new String[][] {{"walletId", wallet}, {"mapping", mapping}}) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    uploadStarted = System.nanoTime();
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(app + "/api/v1/imports"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 202) {
      // A large file runs as a job: time until it is finished, asking as a client would.
      System.out.printf("  (202 after %s: job %s, checked and queued)%n", elapsedSinceStart(), field(response.body(), "id"));
      String job = response.headers().firstValue("Location").orElseThrow();
      while (true) {
        HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create(app + job))
            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String now = field(state.body(), "state");
        if ("DONE".equals(now)) {
          return state;
        }
        if (!"QUEUED".equals(now) && !"RUNNING".equals(now)) {
          throw new IllegalStateException("import job: " + state.body());
        }
        Thread.sleep(200); // benchmark only: polling the job as a client does
      }
    }
    if (response.statusCode() != 201) {
      throw new IllegalStateException("import: " + response.statusCode() + " " + response.body().substring(0, Math.min(500, response.body().length())));
    }
    return response;
  }

  long uploadStarted;

  String elapsedSinceStart() {
    return String.format("%.1f s", (System.nanoTime() - uploadStarted) / 1e9);
  }

  /** Samples the service's heap every 100 ms into {@code peak} until interrupted. */
  Thread heapSampler(AtomicLong peak) {
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          peak.accumulateAndGet(heapUsed(), Math::max);
          Thread.sleep(100); // benchmark only: the sampling period
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          // A missed sample is not a measurement.
        }
      }
    });
    sampler.start();
    return sampler;
  }

  long heapUsed() throws Exception {
    String metrics = http.send(HttpRequest.newBuilder(URI.create(app + "/actuator/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    long used = 0;
    Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.Ee+]+)").matcher(metrics);
    while (m.find()) {
      used += (long) Double.parseDouble(m.group(1));
    }
    return used;
  }

  void psqlLoad() throws Exception {
    ProcessBuilder lookup = new ProcessBuilder("psql", "-X", "-q", "-tA", "-h", "127.0.0.1", "-p", String.valueOf(dbPort),
        "-U", "postgres", "-d", "spendwise", "-c", "SELECT id FROM users WHERE email = '" + email + "'");
    lookup.environment().put("PGPASSWORD", dbPassword);
    Process found = lookup.start();
    String uid = new String(found.getInputStream().readAllBytes()).strip();
    if (found.waitFor() != 0 || uid.isEmpty()) {
      throw new IllegalStateException("the bench user was not found");
    }
    ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(dbPort),
        "-U", "postgres", "-d", "spendwise", "-v", "uid=" + uid, "-v", "from_n=1", "-v", "to_n=" + EXPORT_ROWS,
        "-f", "bench/load.sql").redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", dbPassword);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("load failed: " + output);
    }
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":([0-9]+)").matcher(json);
    return m.find() ? m.group(1) : "?";
  }
}
