package dkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with its Bolt connector, the setup Neo4j documents
 * for embedded use. Maven Central has no 5.26 server tarball, only these jars.
 *
 * Usage: Launcher HOME_DIR CONF_FILE PASSWORD_FILE [--exit-on-stdin-eof]
 *
 * The password is set through the system database while Bolt is still off, so the
 * default neo4j/neo4j credentials are never reachable over the network.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Launcher HOME_DIR CONF_FILE PASSWORD_FILE [--exit-on-stdin-eof]");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();
    boolean watchStdin = args.length > 3 && args[3].equals("--exit-on-stdin-eof");

    ensurePassword(home, conf, password);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "dkg-neo4j-shutdown"));
    System.out.println("DKG-NEO4J-READY");
    System.out.flush();

    if (watchStdin) {
      // The parent holds our stdin open; when it dies without stopping us, we stop.
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) { /* ignore input */ }
        } catch (IOException ignored) {
          // a broken pipe means the parent is gone as well
        }
        System.exit(0);
      }, "dkg-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void ensurePassword(Path home, Path conf, String password) throws Exception {
    Path marker = home.resolve("data").resolve("dkg-password.sha256");
    String digest = sha256(password);
    if (Files.exists(marker) && Files.readString(marker).trim().equals(digest)) {
      return;
    }
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .setConfig(BoltConnector.enabled, false)
        .build();
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set the password it already has; that is the state we want.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    } finally {
      dbms.shutdown();
    }
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, digest + "\n");
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
